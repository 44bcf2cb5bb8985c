import localFont from 'next/font/local'

/**
 * Geist from its npm package through next/font/local, so the build never fetches a font.
 * Only the text face is preloaded: monospace appears in code blocks alone, and preloading it
 * on every page made it compete with the text face for the first paint's bandwidth.
 */
export const sans = localFont({
  src: '../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
})

export const mono = localFont({
  src: '../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2',
  variable: '--font-geist-mono',
  weight: '100 900',
  preload: false,
  adjustFontFallback: false,
  fallback: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'monospace'],
})
