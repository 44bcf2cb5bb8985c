import { htmlToText } from './html-text'

/** What the site shows for one search hit. */
export interface SearchHit {
  url: string
  title: string
  /** The excerpt as plain text runs; `match` runs are highlighted. */
  excerpt: { text: string; match: boolean }[]
}

/**
 * Pagefind's excerpt is HTML with `<mark>` around matches. It becomes text runs,
 * so nothing from an indexed page is ever inserted into the DOM as markup.
 */
export function parseExcerpt(html: string): SearchHit['excerpt'] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const match = part.startsWith('<mark>')
      const inner = match ? part.slice(6, -7) : part
      return { text: htmlToText(inner), match }
    })
}

/** Prerendered pages are indexed as `blog/x.html`; the site's URL is `/blog/x`. */
export function cleanUrl(url: string): string {
  return url.replace(/\.html(?=$|[?#])/, '').replace(/\/index$/, '/') || '/'
}
