/** What feeds and structured data say about a post; Contentlayer's `Post` satisfies it. */
export interface PostSummary {
  slug: string
  title: string
  description: string
  date: string
  updated?: string
  tags: readonly string[]
}

/** The fields the listing helpers need; Contentlayer's `Post` satisfies it. */
export interface Dated {
  slug: string
  date: string
  draft: boolean
}

export interface VisibilityOptions {
  /** The moment the site is built (or, in `next dev`, the request). */
  now: Date
  /** Drafts and scheduled posts are visible while writing, never in production. */
  includeUnpublished: boolean
}

/** Published means: not a draft, and dated no later than `now`. */
export function isPublished(post: Dated, now: Date): boolean {
  return !post.draft && Date.parse(post.date) <= now.getTime()
}

/**
 * Newest first. Posts sharing a date are ordered by slug so that every build lists
 * them the same way, whatever order the files were read in.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  const byDate = Date.parse(b.date) - Date.parse(a.date)
  if (byDate !== 0) return byDate
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}

/** The posts a reader may see, newest first. */
export function visiblePosts<T extends Dated>(posts: readonly T[], options: VisibilityOptions): T[] {
  return posts
    .filter((post) => options.includeUnpublished || isPublished(post, options.now))
    .sort(compareNewestFirst)
}
