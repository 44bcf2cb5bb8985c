'use client'

import { useEffect, useState } from 'react'
import { SearchBox } from './search-box'

/** The linkable search page: `/search?q=…` searches on load and keeps the URL in step with the box. */
export function SearchPage() {
  const [initialQuery, setInitialQuery] = useState<string>()

  useEffect(() => {
    setInitialQuery(new URLSearchParams(window.location.search).get('q') ?? '')
  }, [])

  if (initialQuery === undefined) return <div className="h-12" />
  return (
    <SearchBox
      initialQuery={initialQuery}
      autoFocus
      onQueryChange={(query) => {
        const url = new URL(window.location.href)
        if (query) url.searchParams.set('q', query)
        else url.searchParams.delete('q')
        window.history.replaceState(null, '', url)
      }}
    />
  )
}
