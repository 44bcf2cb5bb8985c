import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { absolutizeUrls, buildFeed, type FeedPost } from '@/lib/feed'
import { site } from '@/lib/site'

const posts: FeedPost[] = [
  {
    slug: 'newest',
    title: 'Tom & Jerry <script>alert("x")</script> \'quoted\' — học máy 🔥',
    description: 'Less < more > "all"',
    date: '2026-02-01T00:00:00.000Z',
    updated: '2026-03-01T00:00:00.000Z',
    tags: ['rag', 'học máy'],
    html: '<p>See <a href="/blog/older">the older post</a> and <img src="/images/x.png" alt="x"/> or <a href="https://example.com/">elsewhere</a>.</p><pre><code><span style="--shiki-light:#D73A49">const</span></code></pre>',
  },
  {
    slug: 'older',
    title: 'Older',
    description: 'An older post',
    date: '2025-01-01T00:00:00.000Z',
    tags: [],
    html: '<p>Hi</p>',
  },
]

describe('absolutizeUrls', () => {
  it('makes root-relative links and images absolute and leaves others alone', () => {
    expect(absolutizeUrls('<a href="/a">x</a><img src="/b.png"><a href="//cdn.x/y">z</a><a href="#h">h</a>', 'https://s.dev')).toBe(
      '<a href="https://s.dev/a">x</a><img src="https://s.dev/b.png"><a href="//cdn.x/y">z</a><a href="#h">h</a>',
    )
  })
})

describe('RSS feed', () => {
  const xml = buildFeed(site, posts, new Date('2027-01-01')).rss2()

  it('parses with a real feed parser and keeps every character of the title', async () => {
    const feed = await new Parser().parseString(xml)
    expect(feed.title).toBe(site.name)
    expect(feed.items.map((item) => item.title)).toEqual([posts[0]!.title, 'Older'])
    expect(feed.items[0]!.link).toBe(`${site.url}/blog/newest`)
    expect(feed.items[0]!.categories).toEqual(['rag', 'học máy'])
  })

  it('carries the full HTML body with absolute URLs', async () => {
    const feed = await new Parser<object, { 'content:encoded': string }>({ customFields: { item: ['content:encoded'] } }).parseString(xml)
    const content = feed.items[0]!['content:encoded']
    expect(content).toContain(`<a href="${site.url}/blog/older">the older post</a>`)
    expect(content).toContain(`src="${site.url}/images/x.png"`)
    expect(content).toContain('<span style="--shiki-light:#D73A49">const</span>')
  })

  it('is dated by its newest post, so an unchanged site gives a byte-identical feed', () => {
    expect(xml).toContain('<lastBuildDate>Sun, 01 Mar 2026 00:00:00 GMT</lastBuildDate>')
    expect(buildFeed(site, posts, new Date('2030-01-01')).rss2()).toBe(xml)
  })

  it('is valid for a site with no posts', async () => {
    const feed = await new Parser().parseString(buildFeed(site, [], new Date('2027-01-01')).rss2())
    expect(feed.items).toEqual([])
  })
})
