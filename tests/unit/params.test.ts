import { describe, expect, it } from 'vitest'
import { decodeParam } from '@/lib/params'

describe('decodeParam', () => {
  it('decodes percent-encoded Unicode to NFC', () => {
    expect(decodeParam(encodeURIComponent('học-máy'.normalize('NFD')))).toBe('học-máy'.normalize('NFC'))
  })
  it('passes plain and already-decoded values through', () => {
    expect(decodeParam('rag')).toBe('rag')
    expect(decodeParam('học-máy')).toBe('học-máy')
  })
  it('does not throw on broken escapes', () => {
    expect(decodeParam('%E0%A4%A')).toBe('%E0%A4%A')
  })
})
