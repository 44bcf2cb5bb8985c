import { cleanUrl, parseExcerpt, type SearchHit } from '@/lib/search'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string }
}

interface Pagefind {
  init(): Promise<void>
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>
}

let loading: Promise<Pagefind | undefined> | undefined

/**
 * Pagefind's runtime and index are plain files written by `npm run build`; they
 * are fetched only when a reader opens search, never with a normal page. An index
 * of zero posts has no language, which Pagefind treats as broken; for this site it
 * only means there is nothing to find yet.
 */
function pagefind(): Promise<Pagefind | undefined> {
  loading ??= (async () => {
    const entry = (await (await fetch('/pagefind/pagefind-entry.json')).json()) as { languages: Record<string, unknown> }
    if (Object.keys(entry.languages).length === 0) return undefined
    const url = '/pagefind/pagefind.js'
    const module: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)
    await module.init()
    return module
  })()
  return loading
}

/** Hits for `query`, best first; `null` when a newer query superseded this one. */
export async function search(query: string, limit = 8): Promise<SearchHit[] | null> {
  if (!query.trim()) return []
  const index = await pagefind()
  if (!index) return []
  const response = await index.debouncedSearch(query, {}, 150)
  if (!response) return null
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()))
  return data.map((hit) => ({ url: cleanUrl(hit.url), title: hit.meta.title ?? hit.url, excerpt: parseExcerpt(hit.excerpt) }))
}
