import { htmlToText } from './html-text'

export interface TocEntry {
  depth: 2 | 3
  id: string
  text: string
}

/** GFM's footnotes section has a heading of its own; it is not a section of the post. */
const SKIPPED_IDS = new Set(['footnote-label'])

/** The h2 and h3 headings of rendered post HTML, with the ids rehype-slug gave them. */
export function extractToc(html: string): TocEntry[] {
  const entries: TocEntry[] = []
  for (const match of html.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = htmlToText(match[3]!).trim()
    if (text && !SKIPPED_IDS.has(match[2]!)) entries.push({ depth: Number(match[1]) as 2 | 3, id: htmlToText(match[2]!), text })
  }
  return entries
}
