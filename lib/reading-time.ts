/** Average adult silent-reading speed for technical prose, in words per minute. */
const WORDS_PER_MINUTE = 230

export interface ReadingStats {
  words: number
  minutes: number
}

/**
 * Reading statistics for an MDX body. Fenced code counts like prose (it is read,
 * only more slowly, which the round-up absorbs); import/export lines and JSX tag
 * syntax do not count as words.
 */
export function readingStats(mdx: string): ReadingStats {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu)?.length ?? 0
  return { words, minutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) }
}
