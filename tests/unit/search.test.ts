import { describe, expect, it } from 'vitest'
import { cleanUrl, parseExcerpt } from '@/lib/search'

describe('parseExcerpt', () => {
  it('turns marks into highlighted runs and entities into text', () => {
    expect(parseExcerpt('Use <mark>pgvector</mark> &amp; HNSW for &lt;fast&gt; <mark>search</mark>.')).toEqual([
      { text: 'Use ', match: false },
      { text: 'pgvector', match: true },
      { text: ' & HNSW for <fast> ', match: false },
      { text: 'search', match: true },
      { text: '.', match: false },
    ])
  })

  it('never lets markup through as markup', () => {
    const runs = parseExcerpt('a <img src=x onerror=alert(1)> b <mark><b>c</b></mark>')
    expect(runs).toEqual([
      { text: 'a  b ', match: false },
      { text: 'c', match: true },
    ])
  })
})

describe('cleanUrl', () => {
  it('drops the .html of prerendered files', () => {
    expect(cleanUrl('/blog/mdx-field-guide.html')).toBe('/blog/mdx-field-guide')
    expect(cleanUrl('/blog/x.html#setup')).toBe('/blog/x#setup')
    expect(cleanUrl('/index.html')).toBe('/')
    expect(cleanUrl('/blog/x')).toBe('/blog/x')
  })
})
