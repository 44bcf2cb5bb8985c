import { describe, expect, it } from 'vitest'
import { duplicateSlugs, frontmatterDateProblems, isRealDate, tagProblems } from '@/lib/content-checks'

describe('isRealDate', () => {
  it('accepts dates and ISO date-times', () => {
    for (const value of ['2024-02-29', '2025-12-31', '2025-03-14T09:30:00Z', '2025-03-14T09:30:00.000+07:00', '2025-03-14 09:30']) {
      expect(isRealDate(value), value).toBe(true)
    }
  })
  it('rejects days that do not exist and malformed values', () => {
    for (const value of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-04-31', '2024-1-5', 'yesterday', '2024-01-01T25:00']) {
      expect(isRealDate(value), value).toBe(false)
    }
  })
})

describe('frontmatterDateProblems', () => {
  const source = ['---', 'title: "Hi"', 'date: 2024-02-30', "updated: '2024-03-01'", '---', 'date: 2024-99-99 in the body is fine'].join('\n')

  it('names the file, line and field of an impossible date', () => {
    const problems = frontmatterDateProblems(source, 'content/posts/x.mdx')
    expect(problems.map((problem) => problem.message)).toEqual([
      'content/posts/x.mdx:3: field "date": "2024-02-30" is not a real date. Fix: write YYYY-MM-DD (e.g. 2025-03-14) or an ISO 8601 date-time, and check the day exists in that month.',
    ])
  })

  it('finds nothing wrong in good frontmatter or a file without any', () => {
    expect(frontmatterDateProblems('---\ndate: 2024-02-29\n---\n', 'f')).toEqual([])
    expect(frontmatterDateProblems('no frontmatter', 'f')).toEqual([])
  })
})

describe('duplicateSlugs', () => {
  it('names both files that would share a URL', () => {
    const docs = [
      { slug: 'a', _raw: { sourceFilePath: 'posts/a.mdx' } },
      { slug: 'b', _raw: { sourceFilePath: 'posts/b.mdx' } },
      { slug: 'a', _raw: { sourceFilePath: 'posts/a/index.mdx' } },
    ]
    expect(duplicateSlugs(docs, 'content').map((problem) => problem.message)).toEqual([
      'content/posts/a.mdx and content/posts/a/index.mdx: slug: both make the URL slug "a". Fix: rename or remove all but one of them.',
    ])
  })
})

describe('tagProblems', () => {
  const doc = (file: string, tags: string[]) => ({ slug: file, tags, _raw: { sourceFilePath: `posts/${file}.mdx` } })
  const problems = (docs: ReturnType<typeof doc>[]) =>
    tagProblems(docs, (d) => d.tags, 'tags', 'content').map((problem) => problem.message)

  it('merges spellings that differ only in case, Unicode form or separators', () => {
    expect(problems([doc('a', ['Machine Learning', 'Học Máy']), doc('b', ['machine-learning', 'học máy'.normalize('NFD')]), doc('c', ['MACHINE_LEARNING'])])).toEqual([])
  })

  it('stops two different tags that would share one URL, naming both and where they are', () => {
    expect(problems([doc('a', ['C++']), doc('b', ['c#']), doc('c', ['C++'])])).toEqual([
      '"C++" in content/posts/a.mdx and "c#" in content/posts/b.mdx: field "tags": these different tags would share the URL slug "c". Fix: spell them the same if they are one tag, or make them differ in letters or digits (e.g. "cpp" and "csharp").',
    ])
  })

  it('stops a tag with nothing to make a URL from', () => {
    expect(problems([doc('a', ['🔥', 'ok'])])).toEqual([
      'content/posts/a.mdx: field "tags": "🔥" has no letter or digit to make a URL from. Fix: add a word to it, or remove it.',
    ])
  })
})
