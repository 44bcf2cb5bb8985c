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

let loading: Promise<Pagefind> | undefined

/**
 * Pagefind's runtime and index are plain files written by `npm run build`; they
 * are fetched only when a reader opens search, never with a normal page.
 */
function pagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js'
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (module: Pagefind) => {
    await module.init()
    return module
  })
  return loading
}

/** Hits for `query`, best first; `null` when a newer query superseded this one. */
export async function search(query: string, limit = 8): Promise<SearchHit[] | null> {
  if (!query.trim()) return []
  const response = await (await pagefind()).debouncedSearch(query, {}, 150)
  if (!response) return null
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()))
  return data.map((hit) => ({ url: cleanUrl(hit.url), title: hit.meta.title ?? hit.url, excerpt: parseExcerpt(hit.excerpt) }))
}
