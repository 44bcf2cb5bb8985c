import { Feed } from 'feed'
import type { PostSummary } from './posts'
import type { SiteConfig } from './site'

export interface FeedPost extends PostSummary {
  /** Rendered body HTML; its relative URLs are made absolute here. */
  html: string
}

export type FeedFormat = 'rss' | 'atom' | 'json'

/** Where a feed's formats live, root-relative; a tag feed has only RSS. */
export type FeedLinks = Partial<Record<FeedFormat, string>>

export interface FeedSource {
  title: string
  description: string
  /** The HTML page the feed mirrors, e.g. `/` or `/tags/rag`. */
  page: string
  links: FeedLinks
  /** Newest first; a feed carries the first `site.feedItems` of them. */
  posts: readonly FeedPost[]
}

export const SITE_FEEDS: Required<FeedLinks> = { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' }

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/**
 * Feed readers show content outside the site, so root-relative links and images
 * become absolute and in-page anchors point at the post itself.
 */
export function absolutizeUrls(html: string, origin: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="(\/(?!\/)|#)/g, (_, attribute: string, start: string) =>
    start === '#' ? `${attribute}="${pageUrl}#` : `${attribute}="${origin}/`,
  )
}

/** The newest publication or update among the posts, so an unchanged site gives byte-identical feeds. */
function lastUpdated(posts: readonly FeedPost[]): Date {
  const times = posts.map((post) => Date.parse(post.updated ?? post.date))
  return new Date(times.length ? Math.max(...times) : 0)
}

function jsonFeed(site: SiteConfig, source: FeedSource): string {
  const author = { name: site.author.name, url: site.url }
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: source.title,
      description: source.description,
      home_page_url: `${site.url}${source.page}`,
      feed_url: `${site.url}${source.links.json}`,
      language: 'en',
      authors: [author],
      items: source.posts.map((post) => {
        const url = `${site.url}/blog/${post.slug}`
        return {
          id: url,
          url,
          title: post.title,
          summary: post.description,
          content_html: absolutizeUrls(post.html, site.url, url),
          date_published: new Date(post.date).toISOString(),
          date_modified: new Date(post.updated ?? post.date).toISOString(),
          tags: [...post.tags],
          authors: [author],
        }
      }),
    },
    null,
    2,
  )
}

/** One feed in one format, built from the same data as the pages. */
export function renderFeed(site: SiteConfig, everything: FeedSource, format: FeedFormat): string {
  const source = { ...everything, posts: everything.posts.slice(0, site.feedItems) }
  if (format === 'json') return jsonFeed(site, source)
  const author = { name: site.author.name, link: site.url }
  const feedLinks = Object.fromEntries(Object.entries(source.links).map(([kind, path]) => [kind, `${site.url}${path}`]))
  const feed = new Feed({
    id: `${site.url}${source.page}`,
    link: `${site.url}${source.page}`,
    title: source.title,
    description: source.description,
    language: 'en',
    copyright: `© ${site.author.name}`,
    updated: lastUpdated(source.posts),
    generator: false,
    author,
    feedLinks,
  })
  for (const post of source.posts) {
    const link = `${site.url}/blog/${post.slug}`
    feed.addItem({
      id: link,
      link,
      title: post.title,
      description: post.description,
      content: absolutizeUrls(post.html, site.url, link),
      date: new Date(post.updated ?? post.date),
      published: new Date(post.date),
      category: post.tags.map((name) => ({ name })),
      author: [author],
    })
  }
  return format === 'rss' ? feed.rss2() : feed.atom1()
}

export function feedResponse(site: SiteConfig, source: FeedSource, format: FeedFormat): Response {
  return new Response(renderFeed(site, source, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } })
}
