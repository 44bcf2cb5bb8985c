/**
 * The one module that reads Contentlayer's generated data. Pages ask it for
 * posts and tags; the rules themselves live in the pure helpers it composes.
 */
import { allPosts, type Post } from 'contentlayer/generated'
import { visiblePosts } from './posts'
import { collectTags, postsWithTag, type TagSummary } from './tags'

export type { Post }

/** `next dev` shows drafts and scheduled posts so the author can read them before publishing. */
const includeUnpublished = process.env.NODE_ENV === 'development'

export function getPosts(): Post[] {
  return visiblePosts(allPosts, { now: new Date(), includeUnpublished })
}

export function getPost(slug: string): Post | undefined {
  return getPosts().find((post) => post.slug === slug)
}

export function getTags(): TagSummary[] {
  return collectTags(getPosts())
}

export function getTag(slug: string): TagSummary | undefined {
  return getTags().find((tag) => tag.slug === slug)
}

export function getPostsWithTag(slug: string): Post[] {
  return postsWithTag(getPosts(), slug)
}
