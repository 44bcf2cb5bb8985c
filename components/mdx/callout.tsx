import type { ReactNode } from 'react'

const styles = {
  note: { label: 'Note', icon: 'ℹ', className: 'border-sky-300 bg-sky-50/70 dark:border-sky-400/40 dark:bg-sky-400/5' },
  tip: { label: 'Tip', icon: '✦', className: 'border-emerald-300 bg-emerald-50/70 dark:border-emerald-400/40 dark:bg-emerald-400/5' },
  warning: { label: 'Warning', icon: '!', className: 'border-amber-300 bg-amber-50/70 dark:border-amber-400/40 dark:bg-amber-400/5' },
} as const

export type CalloutType = keyof typeof styles

/** `<Callout type="tip" title="Optional title">…</Callout>` */
export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const style = styles[type] ?? styles.note
  return (
    <aside className={`callout not-prose my-6 rounded-xl border-l-4 px-5 py-4 ${style.className}`} data-callout={type}>
      <p className="mb-1 flex items-center gap-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        <span aria-hidden="true">{style.icon}</span>
        {title ?? style.label}
      </p>
      <div className="callout-body text-[0.95em] leading-relaxed text-zinc-700 dark:text-zinc-300">{children}</div>
    </aside>
  )
}
