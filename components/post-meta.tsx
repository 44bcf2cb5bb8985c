import { formatDate } from '@/lib/dates'
import type { Post } from '@/lib/content'

/** Date and reading time, a Draft badge while writing; `detailed` adds the update date and word count. */
export function PostMeta({ post, detailed = false }: { post: Post; detailed?: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-zinc-500 dark:text-zinc-400">
      <time dateTime={post.date}>{formatDate(post.date)}</time>
      {detailed && post.updated && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            Updated <time dateTime={post.updated}>{formatDate(post.updated)}</time>
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {detailed && (
        <>
          <span aria-hidden="true">·</span>
          <span>{post.wordCount.toLocaleString('en-US')} words</span>
        </>
      )}
      {post.draft && (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-400/15 dark:text-amber-200">
          Draft
        </span>
      )}
    </p>
  )
}
