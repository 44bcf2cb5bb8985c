import { laterPageParams, pageHref } from './pagination'

export interface SitemapEntry {
  /** Root-relative path. */
  path: string
  /** ISO date of the newest change the page shows, when it has one. */
  lastModified?: string
}

interface Dated {
  slug: string
  date: string
  updated?: string
}

const changed = (post: Dated) => post.updated ?? post.date

/** The newest change among `posts`. */
export function newest(posts: readonly Dated[]): string | undefined {
  return posts.map(changed).sort().at(-1)
}

/** A paginated list: its first page and every later one, dated by the newest post it lists. */
export function listEntries(base: string, posts: readonly Dated[], perPage: number): SitemapEntry[] {
  return [{ page: '1' }, ...laterPageParams(posts.length, perPage)].map(({ page }) => {
    const n = Number(page)
    return { path: pageHref(base, n), lastModified: newest(posts.slice((n - 1) * perPage, n * perPage)) }
  })
}

export function postEntries(posts: readonly Dated[]): SitemapEntry[] {
  return posts.map((post) => ({ path: `/blog/${post.slug}`, lastModified: changed(post) }))
}
