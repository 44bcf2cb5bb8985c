import { slugify } from './slug'

export interface Tagged {
  tags: readonly string[]
}

export interface TagSummary {
  slug: string
  /** The spelling used by the newest post carrying the tag. */
  name: string
  count: number
}

/** URL slug of a tag; see `slugify`. */
export const tagSlug = slugify

/** A post's tags as distinct slugs, in the order written. */
export function postTagSlugs(post: Tagged): string[] {
  return [...new Set(post.tags.map(tagSlug).filter(Boolean))]
}

/** Every tag with its post count, most used first, then alphabetically. Expects posts newest first. */
export function collectTags(posts: readonly Tagged[]): TagSummary[] {
  const bySlug = new Map<string, TagSummary>()
  for (const post of posts) {
    for (const slug of postTagSlugs(post)) {
      const summary = bySlug.get(slug) ?? { slug, name: tagName(post, slug), count: 0 }
      summary.count += 1
      bySlug.set(slug, summary)
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug, 'en'))
}

/** How `post` spells the tag whose slug is `slug`. */
function tagName(post: Tagged, slug: string): string {
  const written = post.tags.find((tag) => tagSlug(tag) === slug) ?? slug
  return written.normalize('NFC').trim()
}

export function postsWithTag<T extends Tagged>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => postTagSlugs(post).includes(slug))
}
