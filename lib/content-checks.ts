/**
 * Checks that need more than one document, or the author's raw text, which
 * Contentlayer's own validation cannot see. Each returns problems; none throws.
 */
import { ContentError } from './content-error'
import { slugify } from './slug'

interface SourcedDoc {
  slug: string
  _raw: { sourceFilePath: string }
}

/** `posts/a.mdx` and `posts/a/index.mdx` would both be `/blog/a`. */
export function duplicateSlugs(docs: readonly SourcedDoc[], contentDir: string): ContentError[] {
  const bySlug = new Map<string, string[]>()
  for (const doc of docs) bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), `${contentDir}/${doc._raw.sourceFilePath}`])
  return [...bySlug.entries()]
    .filter(([, files]) => files.length > 1)
    .map(
      ([slug, files]) =>
        new ContentError(files.join(' and '), 'slug', `${files.length === 2 ? 'both' : 'all'} make the URL slug "${slug}"`, 'rename or remove all but one of them'),
    )
}

/** A tag's spelling with only case, Unicode form and separators ignored: "Machine Learning" ≡ "machine-learning". */
const spelling = (tag: string) => tag.normalize('NFC').toLowerCase().trim().replace(/[\s_-]+/g, '-')

/**
 * Tags become URLs, so every tag needs a letter or digit, and two tags may share a
 * URL only when they differ in nothing but case, Unicode form or separators.
 * "C++" and "C#" would both be /tags/c: the author must choose.
 */
export function tagProblems<T extends SourcedDoc>(docs: readonly T[], tagsOf: (doc: T) => readonly string[], field: string, contentDir: string): ContentError[] {
  const problems: ContentError[] = []
  const bySlug = new Map<string, Map<string, string>>()
  for (const doc of docs) {
    const file = `${contentDir}/${doc._raw.sourceFilePath}`
    for (const tag of tagsOf(doc)) {
      const slug = slugify(tag)
      if (!slug) {
        problems.push(new ContentError(file, `field "${field}"`, `"${tag}" has no letter or digit to make a URL from`, 'add a word to it, or remove it'))
        continue
      }
      const spellings = bySlug.get(slug) ?? new Map<string, string>()
      if (!spellings.has(spelling(tag))) spellings.set(spelling(tag), `"${tag}" in ${file}`)
      bySlug.set(slug, spellings)
    }
  }
  for (const [slug, spellings] of bySlug) {
    if (spellings.size < 2) continue
    problems.push(
      new ContentError(
        [...spellings.values()].join(' and '),
        `field "${field}"`,
        `these different tags would share the URL slug "${slug}"`,
        'spell them the same if they are one tag, or make them differ in letters or digits (e.g. "cpp" and "csharp")',
      ),
    )
  }
  return problems
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** Whether a frontmatter date names a real moment: rejects 2024-02-30 that YAML would roll into March. */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value)
  if (!match) return false
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match.map((part) => part ?? undefined)
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60
  )
}

/** Date fields in a file's frontmatter that are not real dates, with their line numbers. */
export function frontmatterDateProblems(source: string, file: string, fields = ['date', 'updated']): ContentError[] {
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return []
  const problems: ContentError[] = []
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const match = /^(\w+):\s*(.*?)\s*(?:#.*)?$/.exec(lines[i]!)
    if (!match || !fields.includes(match[1]!)) continue
    const value = match[2]!.replace(/^(['"])(.*)\1$/, '$2')
    if (value && !isRealDate(value)) {
      problems.push(
        new ContentError(
          `${file}:${i + 1}`,
          `field "${match[1]}"`,
          `"${value}" is not a real date`,
          'write YYYY-MM-DD (e.g. 2025-03-14) or an ISO 8601 date-time, and check the day exists in that month',
        ),
      )
    }
  }
  return problems
}
