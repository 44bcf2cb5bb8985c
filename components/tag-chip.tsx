import Link from 'next/link'
import { tagSlug } from '@/lib/tags'

export function TagChip({ tag, count }: { tag: string; count?: number }) {
  return (
    <Link
      href={`/tags/${tagSlug(tag)}`}
      className="inline-flex items-center gap-1 rounded-full border border-zinc-200 bg-zinc-50 px-2.5 py-0.5 text-xs font-medium text-zinc-700 transition-colors hover:border-orange-300 hover:bg-orange-50 hover:text-orange-900 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:border-orange-400/40 dark:hover:bg-orange-400/10 dark:hover:text-orange-200"
    >
      <span aria-hidden="true" className="text-zinc-400 dark:text-zinc-500">
        #
      </span>
      {tag}
      {count !== undefined && (
        <span className="ml-0.5 tabular-nums text-zinc-500 dark:text-zinc-400">{count}</span>
      )}
    </Link>
  )
}

export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (tags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  )
}
