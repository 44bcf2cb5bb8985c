'use client'

import { useTheme } from 'next-themes'
import { icons } from './icons'

/**
 * Both icons are rendered and CSS shows the right one, so the server HTML and
 * the first client render agree whatever theme the visitor stored.
 */
export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme()
  return (
    <button
      type="button"
      aria-label="Toggle dark mode"
      title="Toggle dark mode"
      onClick={() => setTheme(resolvedTheme === 'dark' ? 'light' : 'dark')}
      className="inline-flex size-9 items-center justify-center rounded-full text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      <icons.moon className="dark:hidden" />
      <icons.sun className="hidden dark:block" />
    </button>
  )
}
