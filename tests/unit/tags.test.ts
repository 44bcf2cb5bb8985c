import { describe, expect, it } from 'vitest'
import { collectTags, postTagSlugs, postsWithTag, tagSlug } from '@/lib/tags'

describe('tagSlug', () => {
  it('is the shared slug rule, so tag and post URLs agree', () => {
    expect(tagSlug('Học Máy'.normalize('NFD'))).toBe('học-máy')
  })
})

describe('collectTags', () => {
  const posts = [
    { tags: ['RAG', 'pgvector'] },
    { tags: ['rag', 'Rag', 'llm'] },
    { tags: ['llm'] },
    { tags: [] },
    { tags: ['LLM'] },
  ]

  it('counts each post once per tag, merging case variants', () => {
    expect(collectTags(posts)).toEqual([
      { slug: 'llm', name: 'llm', count: 3 },
      { slug: 'rag', name: 'RAG', count: 2 },
      { slug: 'pgvector', name: 'pgvector', count: 1 },
    ])
  })

  it('returns no tags for no posts', () => {
    expect(collectTags([])).toEqual([])
  })

  it('deduplicates a post’s own tags', () => {
    expect(postTagSlugs({ tags: ['Rag', 'rag', 'RAG', ''] })).toEqual(['rag'])
  })

  it('finds the posts carrying a tag by slug', () => {
    expect(postsWithTag(posts, 'llm')).toHaveLength(3)
    expect(postsWithTag(posts, 'nope')).toEqual([])
  })
})
