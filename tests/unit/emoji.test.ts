import { describe, expect, it } from 'vitest'
import { splitEmoji } from '@/lib/emoji'

describe('splitEmoji', () => {
  it('separates emoji from text, keeping Vietnamese letters as text', () => {
    expect(splitEmoji('Slaying code & making it lit fr fr 🔥')).toEqual([
      { kind: 'text', value: 'Slaying code & making it lit fr fr ' },
      { kind: 'emoji', value: '🔥', codepoints: '1f525' },
    ])
    expect(splitEmoji('học máy')).toEqual([{ kind: 'text', value: 'học máy' }])
  })

  it('keeps joined sequences together and drops variation selectors', () => {
    expect(splitEmoji('👨‍💻❤️x')).toEqual([
      { kind: 'emoji', value: '👨‍💻', codepoints: '1f468-200d-1f4bb' },
      { kind: 'emoji', value: '❤️', codepoints: '2764' },
      { kind: 'text', value: 'x' },
    ])
  })
})
