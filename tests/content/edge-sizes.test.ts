import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildContent } from './sandbox'

/** A long-form post of about 1 MB: prose, headings and 50 highlighted code blocks. */
function hugePost(): string {
  const paragraph = 'Retrieval quality decides answer quality, so we measure it first and tune the prompt last. '.repeat(12)
  const sections = Array.from({ length: 50 }, (_, i) =>
    [
      `## Step ${i + 1}`,
      ...Array.from({ length: 15 }, () => paragraph),
      '```ts',
      ...Array.from({ length: 60 }, (_, line) => `export const step${i}_${line} = (query: string) => query.split(' ').length * ${line} // keep ${i}`),
      '```',
    ].join('\n\n'),
  )
  return ['---', 'title: "A very long post"', 'description: "About a megabyte of text and code."', 'date: 2025-05-01', '---', '', ...sections, ''].join('\n')
}

describe('edge sizes', { timeout: 180_000 }, () => {
  it('builds a post of about 1 MB with 50 code blocks and no tags', async () => {
    const fixture = mkdtempSync(path.join(tmpdir(), 'edge-sizes-'))
    mkdirSync(path.join(fixture, 'posts'))
    const source = hugePost()
    expect(source.length).toBeGreaterThan(1_000_000)
    writeFileSync(path.join(fixture, 'posts', 'huge.mdx'), source)

    const build = await buildContent(fixture)
    expect(build.status, build.output).toBe(0)
    const [post] = build.documents('Post')
    expect(post).toMatchObject({ slug: 'huge', tags: [] })
    const html = String(post!.html)
    expect(html.match(/data-rehype-pretty-code-figure/g)).toHaveLength(50)
    expect(html.match(/<h2/g)).toHaveLength(50)
    expect(html).toContain('step49_59')
  })
})
