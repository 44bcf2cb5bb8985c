import { describe, expect, it } from 'vitest'
import { listEntries, newest, postEntries } from '@/lib/sitemap'

const posts = Array.from({ length: 12 }, (_, i) => ({
  slug: `p${i}`,
  date: `2025-${String(12 - i).padStart(2, '0')}-01T00:00:00.000Z`,
  updated: i === 11 ? '2026-01-01T00:00:00.000Z' : undefined,
}))

describe('sitemap entries', () => {
  it('dates a post by its update, else its date', () => {
    expect(postEntries(posts.slice(10))).toEqual([
      { path: '/blog/p10', lastModified: '2025-02-01T00:00:00.000Z' },
      { path: '/blog/p11', lastModified: '2026-01-01T00:00:00.000Z' },
    ])
  })

  it('lists every page of a list, each dated by the newest post on it', () => {
    expect(listEntries('/blog', posts, 10)).toEqual([
      { path: '/blog', lastModified: '2025-12-01T00:00:00.000Z' },
      { path: '/blog/page/2', lastModified: '2026-01-01T00:00:00.000Z' },
    ])
  })

  it('has one undated page for an empty list', () => {
    expect(listEntries('/blog', [], 10)).toEqual([{ path: '/blog', lastModified: undefined }])
    expect(newest([])).toBeUndefined()
  })
})
