import Link from 'next/link'
import type { ReactNode } from 'react'

const base =
  'inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-medium transition-colors'
const idle =
  'border-zinc-200 bg-zinc-50 text-zinc-700 hover:border-orange-300 hover:bg-orange-50 hover:text-orange-900 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:border-orange-400/40 dark:hover:bg-orange-400/10 dark:hover:text-orange-200'
const active =
  'border-zinc-900 bg-zinc-900 text-white dark:border-zinc-100 dark:bg-zinc-100 dark:text-zinc-900'

/** A rounded link for tags and filters; `current` marks the filter in force. */
export function Chip({ href, current = false, children }: { href: string; current?: boolean; children: ReactNode }) {
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className={`${base} ${current ? active : idle}`}>
      {children}
    </Link>
  )
}

export function Count({ value }: { value: number }) {
  return <span className="ml-0.5 tabular-nums opacity-70">{value}</span>
}
