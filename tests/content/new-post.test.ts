import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildContent } from './sandbox'

const script = path.resolve(import.meta.dirname, '../../scripts/new-post.mjs')

function newPost(cwd: string, title: string) {
  const result = spawnSync(process.execPath, [script, title], { cwd, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

describe('npm run new-post', () => {
  it('creates a draft with valid frontmatter and prints its path', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'new-post-'))
    const result = newPost(cwd, 'Học máy & RAG: "quotes" too')
    expect(result).toMatchObject({ status: 0, stdout: 'content/posts/hoc-may-rag-quotes-too.mdx' })
    const source = readFileSync(path.join(cwd, result.stdout), 'utf8')
    expect(source).toContain('title: "Học máy & RAG: \\"quotes\\" too"')
    expect(source).toContain(`date: ${new Date().toISOString().slice(0, 10)}`)
    expect(source).toContain('draft: true')

    // The real content build accepts what it wrote.
    const build = await buildContent(path.join(cwd, 'content'))
    expect(build.status, build.output).toBe(0)
  }, 60_000)

  it('refuses to overwrite an existing post, in either form', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'new-post-'))
    mkdirSync(path.join(cwd, 'content/posts/taken'), { recursive: true })
    writeFileSync(path.join(cwd, 'content/posts/taken/index.mdx'), 'mine')
    writeFileSync(path.join(cwd, 'content/posts/also-taken.mdx'), 'mine too')

    for (const title of ['Taken', 'Also Taken']) {
      const result = newPost(cwd, title)
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/already exists; nothing was written/)
    }
    expect(readFileSync(path.join(cwd, 'content/posts/taken/index.mdx'), 'utf8')).toBe('mine')
    expect(readFileSync(path.join(cwd, 'content/posts/also-taken.mdx'), 'utf8')).toBe('mine too')
    expect(readdirSync(path.join(cwd, 'content/posts')).sort()).toEqual(['also-taken.mdx', 'taken'])
  })

  it('asks for a title when given none', () => {
    const result = newPost(mkdtempSync(path.join(tmpdir(), 'new-post-')), '')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Usage: npm run new-post -- "My Title"')
  })
})
