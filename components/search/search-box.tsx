'use client'

import { useId, useState, type KeyboardEvent } from 'react'
import { optionId, SearchResults } from './search-results'
import { useSearch } from './use-search'

interface SearchBoxProps {
  initialQuery?: string
  autoFocus?: boolean
  onQueryChange?: (query: string) => void
  onNavigate?: () => void
}

/** A combobox: type to search, arrows to move through hits, Enter to open one. */
export function SearchBox({ initialQuery = '', autoFocus, onQueryChange, onNavigate }: SearchBoxProps) {
  const [query, setQuery] = useState(initialQuery)
  const [active, setActive] = useState<number>()
  const state = useSearch(query)
  const listId = useId()

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = state.hits.length
    if (!count) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (current === undefined ? (step === 1 ? 0 : count - 1) : (current + step + count) % count))
    } else if (event.key === 'Enter') {
      const hit = state.hits[active ?? 0]
      if (hit) {
        event.preventDefault()
        onNavigate?.()
        window.location.assign(hit.url)
      }
    }
  }

  return (
    <div className="space-y-3">
      <input
        type="search"
        role="combobox"
        aria-label="Search posts"
        aria-expanded={state.hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active === undefined ? undefined : optionId(listId, active)}
        placeholder="Search posts…"
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(undefined)
          onQueryChange?.(event.target.value)
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-xl border border-zinc-300 bg-white px-4 py-3 text-base text-zinc-900 placeholder:text-zinc-500 focus:border-orange-500 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-50 dark:placeholder:text-zinc-400"
      />
      <SearchResults id={listId} query={query} state={state} active={active} onNavigate={onNavigate} />
    </div>
  )
}
