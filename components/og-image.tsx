import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { cachedBytes } from '@/lib/build-cache'
import { splitEmoji } from '@/lib/emoji'
import { packagePath } from '@/lib/package-path'
import { site } from '@/lib/site'

export const OG_SIZE = { width: 1200, height: 630 }

// Geist covers Vietnamese; next/og's own font does not, and would fetch missing glyphs from the network.
const FONTS = packagePath('geist', 'dist', 'fonts', 'geist-sans')
const EMOJI = packagePath('@twemoji/svg')

// Read once per process: satori keeps parsed fonts keyed by this array's identity,
// so every card after the first skips parsing two font files.
let fonts: ReturnType<typeof readFonts> | undefined
const loadFonts = () => (fonts ??= readFonts())

async function readFonts() {
  const [regular, bold] = await Promise.all([
    readFile(path.join(FONTS, 'Geist-Regular.ttf')),
    readFile(path.join(FONTS, 'Geist-Bold.ttf')),
  ])
  return [
    { name: 'Geist', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Geist', data: bold, weight: 700 as const, style: 'normal' as const },
  ]
}

/** A Twemoji SVG from npm as a data URI: next/og would otherwise download emoji at build. */
async function emojiSrc(value: string, codepoints: string): Promise<string | undefined> {
  const withSelectors = [...value].map((char) => char.codePointAt(0)!.toString(16)).join('-')
  const file = [codepoints, withSelectors].map((name) => path.join(EMOJI, `${name}.svg`)).find(existsSync)
  return file && `data:image/svg+xml;base64,${(await readFile(file)).toString('base64')}`
}

/** Text with every emoji drawn as an image, sized to the surrounding font. */
async function RichText({ text, size }: { text: string; size: number }) {
  const runs = await Promise.all(
    splitEmoji(text).map(async (run) => (run.kind === 'text' ? run : { ...run, src: await emojiSrc(run.value, run.codepoints) })),
  )
  return runs.map((run, index) =>
    run.kind === 'text' ? (
      <span key={index}>{run.value}</span>
    ) : run.src ? (
      <img key={index} src={run.src} width={size} height={size} alt="" style={{ margin: `0 ${size * 0.12}px` }} />
    ) : null,
  )
}

export interface OgCard {
  eyebrow: string
  title: string
  subtitle?: string
  tags?: readonly string[]
}

/**
 * The site's social card as a PNG response. Drawing one takes tens of milliseconds,
 * so cards are kept between builds, keyed by what they show and the code that draws
 * them (package.json pins the exact versions of next/og, the font and the emoji).
 */
export async function ogImage(card: OgCard): Promise<Response> {
  const png = await cachedBytes(
    { kind: 'og', inputs: [card, site.name, site.url], dependsOn: ['components/og-image.tsx', 'lib/emoji.ts', 'package.json'] },
    async () => Buffer.from(await (await drawCard(card)).arrayBuffer()),
  )
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}

/** The 1200×630 card: dark, one orange accent, the title large. */
async function drawCard({ eyebrow, title, subtitle, tags = [] }: OgCard): Promise<ImageResponse> {
  const titleSize = title.length > 70 ? 56 : title.length > 40 ? 66 : 78
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          // Flat colour: a gradient costs a third more time per card to draw and compress.
          background: '#0c0c0f',
          borderTop: '10px solid #f97316',
          color: '#fafafa',
          fontFamily: 'Geist',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, color: '#a1a1aa' }}>
          <div style={{ width: 14, height: 14, borderRadius: 7, background: '#f97316' }} />
          <span style={{ color: '#fafafa', fontWeight: 700 }}>{site.name}</span>
          <span>·</span>
          <span>{eyebrow}</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: '-0.02em' }}>
            {await RichText({ text: title, size: titleSize * 0.9 })}
          </div>
          {subtitle && (
            <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: 34, color: '#d4d4d8' }}>
              {await RichText({ text: subtitle, size: 34 })}
            </div>
          )}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 26 }}>
          <div style={{ display: 'flex', gap: 12 }}>
            {tags.slice(0, 4).map((tag) => (
              <span key={tag} style={{ padding: '6px 18px', borderRadius: 999, border: '2px solid #3f3f46', color: '#e4e4e7' }}>
                #{tag}
              </span>
            ))}
          </div>
          <span style={{ color: '#fb923c' }}>{new URL(site.url).host}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: await loadFonts() },
  )
}
