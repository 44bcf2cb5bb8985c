'use client'

import { useEffect, useRef } from 'react'
import { SearchBox } from './search-box'

/**
 * The search modal, loaded on first open and kept afterwards. Each new `request`
 * opens it; Escape, a click outside or following a hit closes it.
 */
export default function SearchDialog({ request }: { request: number }) {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [request])

  return (
    <dialog
      ref={dialog}
      aria-label="Search"
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
      className="mx-auto mt-[10vh] max-h-[80vh] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-2xl border border-zinc-200 bg-white p-4 text-zinc-800 shadow-2xl backdrop:bg-zinc-950/40 backdrop:backdrop-blur-sm dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200"
    >
      <SearchBox autoFocus onNavigate={() => dialog.current?.close()} />
      <p className="mt-3 px-1 text-xs text-zinc-500 dark:text-zinc-400">↑ ↓ to move · Enter to open · Esc to close</p>
    </dialog>
  )
}
