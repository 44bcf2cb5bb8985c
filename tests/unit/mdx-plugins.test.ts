import { describe, expect, it } from 'vitest'
import { assetBase, isKnownLanguage } from '@/lib/mdx-plugins'

describe('isKnownLanguage', () => {
  it('knows shiki languages, their aliases and plain text', () => {
    for (const lang of ['ts', 'typescript', 'TSX', 'sql', 'bash', 'sh', 'diff', 'text', 'plaintext']) {
      expect(isKnownLanguage(lang), lang).toBe(true)
    }
  })
  it('does not know made-up languages', () => {
    expect(isKnownLanguage('notalanguage')).toBe(false)
  })
})

describe('assetBase', () => {
  it('publishes files beside a folder post under the post URL', () => {
    expect(assetBase('posts/mdx-field-guide')).toBe('/blog/mdx-field-guide')
  })
})
