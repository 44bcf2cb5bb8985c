export interface Page<T> {
  items: T[]
  /** 1-based. */
  page: number
  totalPages: number
}

/** Number of pages for `total` items; an empty list still has one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** The requested page, or `undefined` when `page` is not a whole number within range. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined
  const start = (page - 1) * perPage
  return { items: items.slice(start, start + perPage), page, totalPages }
}

/** Page 1 lives at the list's own URL; later pages at `<base>/page/<n>`. */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`
}

/** Route params for pages 2…n; page 1 is the list's own route. */
export function laterPageParams(total: number, perPage: number): { page: string }[] {
  const pages = pageCount(total, perPage)
  return Array.from({ length: pages - 1 }, (_, i) => ({ page: String(i + 2) }))
}

/** Parses a `/page/<n>` segment strictly: "2" is 2; "02", "2.0" and "x" are not pages. */
export function parsePageParam(value: string): number | undefined {
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined
}

/**
 * Optional catch-all `[[...page]]` segments for a paginated list: none for page 1,
 * `['page', '<n>']` for later pages. (An optional catch-all always has page 1 to
 * prerender, which a static export needs; `page/[page]` alone has none when all posts fit on one page.)
 */
export function pageSegments(total: number, perPage: number): string[][] {
  return [[], ...laterPageParams(total, perPage).map(({ page }) => ['page', page])]
}

/** The page number named by catch-all segments, or `undefined` for anything else. */
export function pageFromSegments(segments: readonly string[] = []): number | undefined {
  if (segments.length === 0) return 1
  const [keyword, value] = segments
  if (segments.length !== 2 || keyword !== 'page' || value === undefined) return undefined
  const page = parsePageParam(value)
  return page === 1 ? undefined : page
}
