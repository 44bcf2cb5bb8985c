import Link from 'next/link'
import type { ReactNode } from 'react'
import { icons } from './icons'

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      data-pagefind-ignore
      className="mb-10 inline-flex items-center gap-1.5 text-sm font-medium text-zinc-500 transition-colors hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
    >
      <icons.arrowLeft width={16} height={16} />
      {children}
    </Link>
  )
}
