import { describe, expect, it } from 'vitest'
import { assetBase, isKnownLanguage, unsafeMarkup } from '@/lib/mdx-plugins'

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
    expect(assetBase('posts/My Folder Post')).toBe('/blog/my-folder-post')
  })
})

describe('unsafeMarkup', () => {
  it('refuses elements that run code or reshape the page', () => {
    for (const name of ['script', 'SCRIPT', 'iframe', 'style', 'object', 'embed', 'base', 'meta', 'form']) {
      expect(unsafeMarkup(name, []), name).toMatch(`<${name}>`)
    }
  })
  it('refuses event handlers and script or data URLs', () => {
    expect(unsafeMarkup('img', [{ name: 'onError', value: 'alert(1)' }])).toBe('the event handler onError= would run code')
    expect(unsafeMarkup('a', [{ name: 'href', value: ' JavaScript:alert(1)' }])).toMatch('is a script or data URL')
    expect(unsafeMarkup(null, [{ name: 'src', value: 'data:text/html,<script>' }])).toMatch('is a script or data URL')
  })
  it('lets ordinary markup and links through', () => {
    expect(unsafeMarkup('Callout', [{ name: 'type', value: 'note' }])).toBeUndefined()
    expect(unsafeMarkup('a', [{ name: 'href', value: 'https://example.com/javascript:' }])).toBeUndefined()
    expect(unsafeMarkup(null, [{ name: 'href', value: '#section' }])).toBeUndefined()
  })
})
