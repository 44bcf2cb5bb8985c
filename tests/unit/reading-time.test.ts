import { describe, expect, it } from 'vitest'
import { readingStats } from '@/lib/reading-time'

describe('readingStats', () => {
  it('counts words, not markup', () => {
    expect(readingStats('## Hello world\n\nIt’s a *small* post about `pgvector`.').words).toBe(8)
    expect(readingStats('import X from "y"\n\n<Callout type="tip">Two words</Callout>').words).toBe(2)
  })

  it('rounds up to whole minutes, at least one', () => {
    expect(readingStats('').minutes).toBe(1)
    expect(readingStats('word '.repeat(230)).minutes).toBe(1)
    expect(readingStats('word '.repeat(231)).minutes).toBe(2)
  })
})
