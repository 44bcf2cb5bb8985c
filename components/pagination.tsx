import Link from 'next/link'
import { pageHref } from '@/lib/pagination'
import { icons } from './icons'

const linkClass =
  'inline-flex items-center gap-2 rounded-full border border-zinc-200 px-4 py-2 text-sm font-medium text-zinc-700 transition-colors hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-800 dark:text-zinc-300 dark:hover:border-zinc-700 dark:hover:bg-zinc-900'

export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="mt-12 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev" className={linkClass}>
          <icons.arrowLeft width={16} height={16} />
          Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm tabular-nums text-zinc-500 dark:text-zinc-400">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pageHref(basePath, page + 1)} rel="next" className={linkClass}>
          Older posts
          <icons.arrowRight width={16} height={16} />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
