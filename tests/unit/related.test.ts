import { describe, expect, it } from 'vitest'
import { adjacentPosts, relatedPosts } from '@/lib/related'

const post = (slug: string, date: string, tags: string[]) => ({ slug, date, draft: false, tags })
const posts = [
  post('e', '2026-05-01', ['rag', 'llm']),
  post('d', '2026-04-01', ['RAG', 'pgvector', 'llm']),
  post('c', '2026-03-01', ['rag']),
  post('b', '2026-02-01', ['nextjs']),
  post('a', '2026-01-01', ['llm', 'rag']),
]

describe('relatedPosts', () => {
  it('ranks by shared tags, then newest, and skips the post itself and unrelated ones', () => {
    expect(relatedPosts(posts[0]!, posts).map((p) => p.slug)).toEqual(['d', 'a', 'c'])
    expect(relatedPosts(posts[3]!, posts)).toEqual([])
  })
  it('respects the limit', () => {
    expect(relatedPosts(posts[0]!, posts, 1).map((p) => p.slug)).toEqual(['d'])
  })
})

describe('adjacentPosts', () => {
  it('finds the newer and older neighbours', () => {
    expect(adjacentPosts(posts[2]!, posts)).toEqual({ newer: posts[1], older: posts[3] })
    expect(adjacentPosts(posts[0]!, posts)).toEqual({ newer: undefined, older: posts[1] })
    expect(adjacentPosts(posts[4]!, posts)).toEqual({ newer: posts[3], older: undefined })
  })
})
