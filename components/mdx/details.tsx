import type { ReactNode } from 'react'

/** `<Details summary="Show the full config">…</Details>`: a disclosure that starts closed. */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group my-6 rounded-xl border border-zinc-200 px-5 py-3 dark:border-zinc-800">
      <summary className="cursor-pointer font-medium text-zinc-900 marker:text-zinc-400 dark:text-zinc-100">
        {summary}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  )
}
