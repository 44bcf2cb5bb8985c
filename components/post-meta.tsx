import { formatDate } from '@/lib/dates'
import type { Post } from '@/lib/content'

/** Date, optional update date, reading time, and a Draft badge while writing. */
export function PostMeta({ post, showUpdated = false }: { post: Post; showUpdated?: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-zinc-500 dark:text-zinc-400">
      <time dateTime={post.date}>{formatDate(post.date)}</time>
      {showUpdated && post.updated && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            Updated <time dateTime={post.updated}>{formatDate(post.updated)}</time>
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {post.draft && (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-400/15 dark:text-amber-200">
          Draft
        </span>
      )}
    </p>
  )
}
