import { XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { absolutizeUrls, renderFeed, SITE_FEEDS, type FeedPost, type FeedSource } from '@/lib/feed'
import { site } from '@/lib/site'

const tricky = 'Tom & Jerry <script>alert("x")</script> \'quoted\' — học máy 🔥 שלום'
const posts: FeedPost[] = [
  {
    slug: 'newest',
    title: tricky,
    description: 'Less < more > "all" & done',
    date: '2026-02-01T00:00:00.000Z',
    updated: '2026-03-01T00:00:00.000Z',
    tags: ['rag', 'học máy'],
    html: '<p>See <a href="/blog/older">the older post</a>, <a href="#setup">setup</a> and <img src="/images/x.png" alt="x"/> or <a href="https://example.com/">elsewhere</a>.</p><pre><code><span style="--shiki-light:#D73A49">const</span></code></pre>',
  },
  { slug: 'older', title: 'Older', description: 'An older post', date: '2025-01-01T00:00:00.000Z', tags: [], html: '<p>Hi</p>' },
]
const source: FeedSource = { title: site.name, description: site.description, page: '/', links: SITE_FEEDS, posts }
type Encoded = { 'content:encoded': string }

describe('absolutizeUrls', () => {
  it('makes root-relative URLs absolute, points anchors at the post, and leaves the rest', () => {
    expect(
      absolutizeUrls('<a href="/a">x</a><img src="/b.png"><a href="//cdn.x/y">z</a><a href="#h">h</a><a href="https://o.rg/">o</a>', 'https://s.dev', 'https://s.dev/blog/p'),
    ).toBe('<a href="https://s.dev/a">x</a><img src="https://s.dev/b.png"><a href="//cdn.x/y">z</a><a href="https://s.dev/blog/p#h">h</a><a href="https://o.rg/">o</a>')
  })
})

describe.each(['rss', 'atom'] as const)('%s feed', (format) => {
  const xml = renderFeed(site, source, format)

  it('is well-formed XML that a real feed parser reads, every character intact', async () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = await new Parser<object, Encoded>({ customFields: { item: ['content:encoded'] } }).parseString(xml)
    expect(feed.title).toBe(site.name)
    expect(feed.items.map((item) => item.title)).toEqual([tricky, 'Older'])
    expect(feed.items[0]!.link).toBe(`${site.url}/blog/newest`)
  })

  it('carries the full HTML body with absolute URLs and highlighted code', () => {
    expect(xml).toContain(`${site.url}/blog/older`)
    expect(xml).toContain(`${site.url}/images/x.png`)
    expect(xml).toContain(`${site.url}/blog/newest#setup`)
    expect(xml).toContain('--shiki-light:#D73A49')
  })

  it('has self links and a date that depends only on the posts', () => {
    expect(xml).toContain(`${site.url}${SITE_FEEDS[format]}`)
    expect(renderFeed(site, source, format)).toBe(xml)
    expect(xml).toMatch(format === 'rss' ? /<lastBuildDate>Sun, 01 Mar 2026 00:00:00 GMT<\/lastBuildDate>/ : /<updated>2026-03-01T00:00:00.000Z<\/updated>/)
  })

  it('is valid with no posts', async () => {
    const empty = renderFeed(site, { ...source, posts: [] }, format)
    expect(XMLValidator.validate(empty)).toBe(true)
    expect((await new Parser().parseString(empty)).items).toEqual([])
  })
})

describe('RSS specifics', () => {
  it('lists tags as categories and the full body as content:encoded', async () => {
    const feed = await new Parser<object, Encoded>({ customFields: { item: ['content:encoded'] } }).parseString(renderFeed(site, source, 'rss'))
    expect(feed.items[0]!.categories).toEqual(['rag', 'học máy'])
    expect(feed.items[0]!['content:encoded']).toContain(`<a href="${site.url}/blog/older">the older post</a>`)
  })
})

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(renderFeed(site, source, 'json'))

  it('follows the 1.1 shape with full content', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe(`${site.url}/feed.json`)
    expect(feed.home_page_url).toBe(`${site.url}/`)
    expect(feed.authors).toEqual([{ name: site.author.name, url: site.url }])
    expect(feed.items).toHaveLength(2)
    expect(feed.items[0]).toMatchObject({
      id: `${site.url}/blog/newest`,
      title: tricky,
      summary: 'Less < more > "all" & done',
      date_published: '2026-02-01T00:00:00.000Z',
      date_modified: '2026-03-01T00:00:00.000Z',
      tags: ['rag', 'học máy'],
    })
    expect(feed.items[0].content_html).toContain(`src="${site.url}/images/x.png"`)
  })
})

describe('feed length', () => {
  const many: FeedPost[] = Array.from({ length: 25 }, (_, i) => ({
    slug: `post-${i}`,
    title: `Post ${i}`,
    description: 'One of many',
    date: new Date(Date.UTC(2026, 0, 25 - i)).toISOString(),
    tags: [],
    html: '<p>Body</p>',
  }))

  it.each(['rss', 'atom'] as const)('%s carries only the newest site.feedItems posts', async (format) => {
    const feed = await new Parser().parseString(renderFeed({ ...site, feedItems: 20 }, { ...source, posts: many }, format))
    expect(feed.items.map((item) => item.title)).toEqual(many.slice(0, 20).map((post) => post.title))
  })

  it('json carries only the newest site.feedItems posts', () => {
    const feed = JSON.parse(renderFeed({ ...site, feedItems: 3 }, { ...source, posts: many }, 'json'))
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual(['Post 0', 'Post 1', 'Post 2'])
  })
})
