import type { ReactNode } from 'react'

/** `<Kbd>Ctrl</Kbd>`: a key on the keyboard. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="rounded-md border border-b-2 border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-[0.8em] text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200">
      {children}
    </kbd>
  )
}
