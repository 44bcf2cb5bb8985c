import { describe, expect, it } from 'vitest'
import { duplicateSlugs, frontmatterDateProblems, isRealDate } from '@/lib/content-checks'

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
