import type { SearchHit } from '@/lib/search'
import type { SearchState } from './use-search'

interface SearchResultsProps {
  id: string
  query: string
  state: SearchState
  /** Index of the keyboard-selected hit, if any. */
  active?: number
  onNavigate?: () => void
}

export function optionId(listId: string, index: number) {
  return `${listId}-option-${index}`
}

/** The hit list: title and an excerpt with the matched words highlighted, as text. */
export function SearchResults({ id, query, state, active, onNavigate }: SearchResultsProps) {
  const message =
    state.status === 'error'
      ? 'Search is unavailable right now.'
      : state.status === 'done' && state.hits.length === 0
        ? `No posts match “${query}”.`
        : ''
  return (
    <>
      <p role="status" className="px-1 text-sm text-zinc-500 empty:hidden dark:text-zinc-400">
        {message}
      </p>
      <ul id={id} role="listbox" aria-label="Search results" className="space-y-1 empty:hidden">
        {state.hits.map((hit: SearchHit, index) => (
          <li key={hit.url} role="presentation">
            <a
              id={optionId(id, index)}
              role="option"
              aria-selected={index === active}
              href={hit.url}
              onClick={onNavigate}
              className={`block rounded-lg px-3 py-2.5 transition-colors hover:bg-zinc-100 dark:hover:bg-zinc-800/70 ${
                index === active ? 'bg-zinc-100 dark:bg-zinc-800/70' : ''
              }`}
            >
              <span className="block font-medium text-zinc-900 dark:text-zinc-50">{hit.title}</span>
              <span className="mt-0.5 line-clamp-2 block text-sm text-zinc-600 dark:text-zinc-400">
                {hit.excerpt.map((run, i) =>
                  run.match ? (
                    <mark key={i} className="rounded-sm bg-orange-200/70 px-0.5 text-zinc-900 dark:bg-orange-400/25 dark:text-orange-100">
                      {run.text}
                    </mark>
                  ) : (
                    <span key={i}>{run.text}</span>
                  ),
                )}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
