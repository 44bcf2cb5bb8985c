'use client'

import { useEffect, useState } from 'react'
import type { SearchHit } from '@/lib/search'
import { search } from './pagefind'

export type SearchState = { status: 'idle' | 'loading' | 'done' | 'error'; hits: SearchHit[] }

/** Runs the search as the query changes, keeping only the latest answer. */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle', hits: [] })
  useEffect(() => {
    if (!query.trim()) {
      setState({ status: 'idle', hits: [] })
      return
    }
    let current = true
    setState((previous) => ({ ...previous, status: 'loading' }))
    search(query)
      .then((hits) => {
        if (current && hits) setState({ status: 'done', hits })
      })
      .catch(() => current && setState({ status: 'error', hits: [] }))
    return () => {
      current = false
    }
  }, [query])
  return state
}
