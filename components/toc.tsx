'use client'

import { useEffect, useState } from 'react'
import type { TocEntry } from '@/lib/toc'

/** The post's sections; the one being read is highlighted as the reader scrolls. */
export function TocLinks({ entries }: { entries: readonly TocEntry[] }) {
  const [active, setActive] = useState<string>()

  useEffect(() => {
    const headings = entries
      .map((entry) => document.getElementById(entry.id))
      .filter((heading): heading is HTMLElement => heading !== null)
    // The active section is the last heading that has scrolled past the top fifth of the screen.
    const update = () => {
      const line = window.innerHeight / 5
      let current = headings[0]?.id
      for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading.id
      setActive(current)
    }
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -80% 0px' })
    headings.forEach((heading) => observer.observe(heading))
    update()
    return () => observer.disconnect()
  }, [entries])

  return (
    <ul className="border-l border-zinc-200 text-sm dark:border-zinc-800">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            aria-current={entry.id === active ? 'location' : undefined}
            className={`-ml-px block border-l-2 py-1 leading-snug transition-colors ${entry.depth === 3 ? 'pl-7' : 'pl-4'} ${
              entry.id === active
                ? 'border-orange-500 font-medium text-zinc-900 dark:text-zinc-50'
                : 'border-transparent text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
            }`}
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ul>
  )
}
