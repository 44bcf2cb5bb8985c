import typography from '@tailwindcss/typography'
import type { Config } from 'tailwindcss'

/** The design's theme: type, measure and the prose voice. Colours come from Tailwind's zinc and orange. */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: {
        sans: ['var(--font-geist-sans)', 'ui-sans-serif', 'system-ui', 'sans-serif'],
        mono: ['var(--font-geist-mono)', 'ui-monospace', 'SFMono-Regular', 'monospace'],
      },
      maxWidth: {
        // About 70 characters of body text: the calm reading measure.
        measure: '42rem',
      },
      typography: () => ({
        DEFAULT: {
          css: {
            '--tw-prose-links': 'var(--color-zinc-900)',
            '--tw-prose-invert-links': 'var(--color-zinc-50)',
            '--tw-prose-code': 'var(--color-zinc-900)',
            '--tw-prose-invert-code': 'var(--color-zinc-100)',
            a: {
              fontWeight: '500',
              textDecorationLine: 'underline',
              textDecorationColor: 'color-mix(in oklab, var(--color-orange-500) 55%, transparent)',
              textDecorationThickness: '1.5px',
              textUnderlineOffset: '3px',
              '&:hover': { textDecorationColor: 'var(--color-orange-500)' },
            },
            'h2, h3, h4': { letterSpacing: '-0.015em' },
            'h2 a, h3 a, h4 a': { fontWeight: 'inherit', textDecorationLine: 'none' },
            ':not(pre) > code': {
              fontWeight: '500',
              borderRadius: '0.3rem',
              padding: '0.15em 0.35em',
              backgroundColor: 'var(--inline-code-bg)',
            },
            ':not(pre) > code::before': { content: 'none' },
            ':not(pre) > code::after': { content: 'none' },
            pre: { padding: '0', backgroundColor: 'transparent', color: 'inherit', borderRadius: '0' },
            blockquote: { fontStyle: 'normal', fontWeight: '400' },
            'blockquote p:first-of-type::before': { content: 'none' },
            'blockquote p:last-of-type::after': { content: 'none' },
          },
        },
      }),
    },
  },
  plugins: [typography],
}

export default config
