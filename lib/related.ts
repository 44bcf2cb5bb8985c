import { compareNewestFirst, type Dated } from './posts'
import { postTagSlugs, type Tagged } from './tags'

type Post = Dated & Tagged

/** Up to `limit` other posts sharing the most tags with `post`, newest first among equals; none share nothing. */
export function relatedPosts<T extends Post>(post: T, posts: readonly T[], limit = 3): T[] {
  const tags = new Set(postTagSlugs(post))
  return posts
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: postTagSlugs(other).filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || compareNewestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other)
}

/** The posts either side of `post` in a newest-first list. */
export function adjacentPosts<T extends Dated>(post: T, posts: readonly T[]): { newer?: T; older?: T } {
  const index = posts.findIndex((other) => other.slug === post.slug)
  if (index === -1) return {}
  return { newer: posts[index - 1], older: posts[index + 1] }
}
