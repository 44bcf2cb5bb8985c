import { Feed } from 'feed'
import type { SiteConfig } from './site'

export interface FeedPost {
  slug: string
  title: string
  description: string
  date: string
  updated?: string
  tags: readonly string[]
  /** Rendered body HTML; relative URLs in it are made absolute here. */
  html: string
}

/** Turns root-relative `href`/`src` values into absolute URLs so feed readers can follow them. */
export function absolutizeUrls(html: string, origin: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`)
}

/** One feed of `posts` (already newest first) that every format is serialised from. */
export function buildFeed(site: SiteConfig, posts: readonly FeedPost[], now: Date): Feed {
  const author = { name: site.author.name, link: site.url }
  const latest = posts[0]
  const feed = new Feed({
    id: `${site.url}/`,
    link: `${site.url}/`,
    title: site.name,
    description: site.description,
    language: 'en',
    copyright: `© ${site.author.name}`,
    // The newest post dates the feed, so an unchanged site builds a byte-identical feed.
    updated: latest ? new Date(latest.updated ?? latest.date) : now,
    generator: false,
    author,
    feedLinks: { rss: `${site.url}/rss.xml` },
  })
  for (const post of posts) {
    const link = `${site.url}/blog/${post.slug}`
    feed.addItem({
      id: link,
      link,
      title: post.title,
      description: post.description,
      content: absolutizeUrls(post.html, site.url),
      date: new Date(post.updated ?? post.date),
      published: new Date(post.date),
      category: post.tags.map((name) => ({ name })),
      author: [author],
    })
  }
  return feed
}
