import { describe, expect, it } from 'vitest'
import { extractToc } from '@/lib/toc'

describe('extractToc', () => {
  it('lists h2 and h3 headings with their ids and decoded text', () => {
    const html = [
      '<h2 id="why-pgvector"><a class="heading-anchor" href="#why-pgvector">Why <code>pgvector</code> &amp; not X?</a></h2>',
      '<p>text</p>',
      '<h3 id="hnsw">HNSW &lt;3</h3>',
      '<h4 id="deep">Too deep</h4>',
      '<h2 id="footnote-label" class="sr-only">Footnotes</h2>',
    ].join('')
    expect(extractToc(html)).toEqual([
      { depth: 2, id: 'why-pgvector', text: 'Why pgvector & not X?' },
      { depth: 3, id: 'hnsw', text: 'HNSW <3' },
    ])
  })

  it('is empty for a post without headings', () => {
    expect(extractToc('<p>Just a paragraph.</p>')).toEqual([])
  })
})
