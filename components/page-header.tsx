import type { ReactNode } from 'react'

export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-12 space-y-3">
      <h1 className="text-3xl font-bold tracking-tight text-balance wrap-break-word text-zinc-900 sm:text-4xl dark:text-zinc-50">
        {title}
      </h1>
      {intro && <div className="leading-relaxed text-zinc-600 dark:text-zinc-300">{intro}</div>}
      {children}
    </header>
  )
}
