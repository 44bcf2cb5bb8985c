import { describe, expect, it } from 'vitest'
import { laterPageParams, pageCount, pageFromSegments, pageHref, pageSegments, paginate, parsePageParam } from '@/lib/pagination'

const items = Array.from({ length: 23 }, (_, i) => i + 1)

describe('paginate', () => {
  it('slices full and partial pages', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, totalPages: 3 })
    expect(paginate(items, 3, 10)).toEqual({ items: [21, 22, 23], page: 3, totalPages: 3 })
  })

  it('rejects pages out of range or not whole', () => {
    for (const page of [0, -1, 4, 1.5, Number.NaN]) expect(paginate(items, page, 10)).toBeUndefined()
  })

  it('gives an empty list one empty page and no second page', () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 })
    expect(paginate([], 2, 10)).toBeUndefined()
  })

  it('has no empty page after exactly one full page', () => {
    expect(pageCount(10, 10)).toBe(1)
    expect(pageCount(11, 10)).toBe(2)
    expect(laterPageParams(10, 10)).toEqual([])
    expect(laterPageParams(23, 10)).toEqual([{ page: '2' }, { page: '3' }])
  })
})

describe('page URLs', () => {
  it('puts page 1 at the base and later pages under /page/n', () => {
    expect(pageHref('/blog', 1)).toBe('/blog')
    expect(pageHref('/tags/rag', 3)).toBe('/tags/rag/page/3')
  })

  it('parses only canonical page numbers', () => {
    expect(parsePageParam('2')).toBe(2)
    for (const bad of ['0', '02', '2.0', '-1', 'x', '']) expect(parsePageParam(bad)).toBeUndefined()
  })
})

describe('catch-all page segments', () => {
  it('lists page 1 as no segments and later pages as page/<n>', () => {
    expect(pageSegments(10, 10)).toEqual([[]])
    expect(pageSegments(0, 10)).toEqual([[]])
    expect(pageSegments(21, 10)).toEqual([[], ['page', '2'], ['page', '3']])
  })

  it('reads them back, rejecting anything else', () => {
    expect(pageFromSegments()).toBe(1)
    expect(pageFromSegments([])).toBe(1)
    expect(pageFromSegments(['page', '3'])).toBe(3)
    for (const bad of [['page', '1'], ['page'], ['page', '03'], ['pages', '2'], ['page', '2', 'x']]) {
      expect(pageFromSegments(bad), bad.join('/')).toBeUndefined()
    }
  })
})
