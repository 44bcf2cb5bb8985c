import { describe, expect, it } from 'vitest'
import { collectTags, postTagSlugs, postsWithTag, tagSlug } from '@/lib/tags'

describe('tagSlug', () => {
  it('lower-cases and hyphenates', () => {
    expect(tagSlug('Next.js App Router')).toBe('next-js-app-router')
    expect(tagSlug('gpt-4v')).toBe('gpt-4v')
    expect(tagSlug('  LLaVA  ')).toBe('llava')
  })

  it('keeps Unicode letters and unifies NFC and NFD spellings', () => {
    const nfc = 'học máy'.normalize('NFC')
    const nfd = 'học máy'.normalize('NFD')
    expect(nfc).not.toBe(nfd)
    expect(tagSlug(nfc)).toBe('học-máy')
    expect(tagSlug(nfd)).toBe('học-máy')
    expect(tagSlug('HỌC MÁY')).toBe('học-máy')
  })

  it('yields an empty slug for a tag with no letters or digits', () => {
    expect(tagSlug(' -- ')).toBe('')
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
