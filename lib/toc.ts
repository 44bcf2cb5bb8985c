export interface TocEntry {
  depth: 2 | 3
  id: string
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]!
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return entity
  })
}

/** GFM's footnotes section has a heading of its own; it is not a section of the post. */
const SKIPPED_IDS = new Set(['footnote-label'])

/** The h2 and h3 headings of rendered post HTML, with the ids rehype-slug gave them. */
export function extractToc(html: string): TocEntry[] {
  const entries: TocEntry[] = []
  for (const match of html.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = decodeEntities(match[3]!.replace(/<[^>]+>/g, '')).trim()
    if (text && !SKIPPED_IDS.has(match[2]!)) entries.push({ depth: Number(match[1]) as 2 | 3, id: decodeEntities(match[2]!), text })
  }
  return entries
}
