'use client'

import { lazy, Suspense, useEffect, useState } from 'react'

// The dialog, the search runtime and the index load only when search opens.
const SearchDialog = lazy(() => import('./search-dialog'))

/**
 * A link to /search that, with JavaScript, opens the search dialog instead;
 * Ctrl+K or Cmd+K opens it from anywhere.
 */
export function SearchButton() {
  // How many times search was asked for; 0 means never, so nothing of search has loaded yet.
  const [request, setRequest] = useState(0)
  const open = () => setRequest((count) => count + 1)

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault()
        open()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <a
        href="/search"
        aria-label="Search (Ctrl+K)"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={(event) => {
          event.preventDefault()
          open()
        }}
        className="inline-flex size-9 items-center justify-center rounded-full text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      >
        <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </a>
      {request > 0 && (
        <Suspense>
          <SearchDialog request={request} />
        </Suspense>
      )}
    </>
  )
}
