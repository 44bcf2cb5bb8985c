import { describe, expect, it } from 'vitest'
import { documentSlug, slugify } from '@/lib/slug'

describe('slugify', () => {
  it('lower-cases and hyphenates', () => {
    expect(slugify('Next.js App Router')).toBe('next-js-app-router')
    expect(slugify('gpt-4v')).toBe('gpt-4v')
    expect(slugify('  LLaVA  ')).toBe('llava')
  })

  it('keeps Unicode letters and unifies NFC and NFD spellings', () => {
    const nfc = 'học máy'.normalize('NFC')
    const nfd = 'học máy'.normalize('NFD')
    expect(nfc).not.toBe(nfd)
    expect(slugify(nfc)).toBe('học-máy')
    expect(slugify(nfd)).toBe('học-máy')
    expect(slugify('HỌC MÁY')).toBe('học-máy')
  })

  it('yields an empty slug when there is no letter or digit', () => {
    expect(slugify(' -- ')).toBe('')
    expect(slugify('🔥')).toBe('')
  })
})

describe('documentSlug', () => {
  it('drops the collection folder and keeps a URL-safe name as it is', () => {
    expect(documentSlug('posts/evaluating-rag-answers')).toBe('evaluating-rag-answers')
    expect(documentSlug('projects/saas-theme-system')).toBe('saas-theme-system')
  })

  it('normalises file names with spaces, capitals and Unicode forms', () => {
    expect(documentSlug('posts/My First Post')).toBe('my-first-post')
    expect(documentSlug('posts/RAG_Notes (draft 2)')).toBe('rag-notes-draft-2')
    expect(documentSlug('posts/Học Máy Cơ Bản'.normalize('NFD'))).toBe('học-máy-cơ-bản')
  })

  it('flattens nested folders into one segment, since a post URL has one', () => {
    expect(documentSlug('posts/2024/notes')).toBe('2024-notes')
  })
})
