export type TextRun = { kind: 'text'; value: string } | { kind: 'emoji'; value: string; codepoints: string }

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

/**
 * Splits text into runs of plain text and single emoji, each emoji with its
 * code points in Twemoji's file naming (`1f525`, `1f468-200d-1f4bb`; variation selectors dropped).
 */
export function splitEmoji(text: string): TextRun[] {
  const runs: TextRun[] = []
  for (const { segment } of segmenter.segment(text)) {
    if (EMOJI.test(segment)) {
      const codepoints = [...segment]
        .map((char) => char.codePointAt(0)!.toString(16))
        .filter((code) => code !== 'fe0f')
        .join('-')
      runs.push({ kind: 'emoji', value: segment, codepoints })
      continue
    }
    const last = runs.at(-1)
    if (last?.kind === 'text') last.value += segment
    else runs.push({ kind: 'text', value: segment })
  }
  return runs
}
