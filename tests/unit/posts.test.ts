import { describe, expect, it } from 'vitest'
import { compareNewestFirst, isPublished, visiblePosts, type Dated } from '@/lib/posts'

const post = (slug: string, date: string, draft = false): Dated => ({ slug, date, draft })
const now = new Date('2026-06-01T12:00:00Z')

describe('isPublished', () => {
  it('publishes a past, non-draft post', () => {
    expect(isPublished(post('a', '2026-05-31T00:00:00Z'), now)).toBe(true)
  })
  it('holds back drafts', () => {
    expect(isPublished(post('a', '2026-05-31T00:00:00Z', true), now)).toBe(false)
  })
  it('holds back a post dated after the build moment', () => {
    expect(isPublished(post('a', '2026-06-01T12:00:01Z'), now)).toBe(false)
    expect(isPublished(post('a', '2026-06-01T12:00:00Z'), now)).toBe(true)
  })
})

describe('visiblePosts', () => {
  const posts = [
    post('old', '2024-01-01T00:00:00Z'),
    post('draft', '2025-01-01T00:00:00Z', true),
    post('future', '2027-01-01T00:00:00Z'),
    post('new', '2026-01-01T00:00:00Z'),
  ]

  it('keeps only published posts, newest first', () => {
    expect(visiblePosts(posts, { now, includeUnpublished: false }).map((p) => p.slug)).toEqual(['new', 'old'])
  })

  it('shows drafts and scheduled posts while writing', () => {
    expect(visiblePosts(posts, { now, includeUnpublished: true }).map((p) => p.slug)).toEqual([
      'future',
      'new',
      'draft',
      'old',
    ])
  })

  it('does not reorder its input', () => {
    const input = [...posts]
    visiblePosts(input, { now, includeUnpublished: true })
    expect(input).toEqual(posts)
  })
})

describe('compareNewestFirst', () => {
  it('orders posts of the same date by slug, whatever the input order', () => {
    const sameDay = [post('b', '2025-03-03T00:00:00Z'), post('c', '2025-03-03T00:00:00Z'), post('a', '2025-03-03T00:00:00Z')]
    expect([...sameDay].sort(compareNewestFirst).map((p) => p.slug)).toEqual(['a', 'b', 'c'])
    expect([...sameDay].reverse().sort(compareNewestFirst).map((p) => p.slug)).toEqual(['a', 'b', 'c'])
  })
})
