import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { contentType, servableFiles } from '@/lib/files'
import { packagePath } from '@/lib/package-path'

export const dynamic = 'force-static'
export const dynamicParams = false

/** KaTeX's stylesheet and fonts, served from the npm package; only pages with math link to them. */
const KATEX_DIST = packagePath('katex', 'dist')
const WANTED = /^(katex\.min\.css|fonts\/.+\.woff2)$/

export function generateStaticParams() {
  return servableFiles(KATEX_DIST)
    .filter((parts) => WANTED.test(parts.join('/')))
    .map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const relative = (await params).file.join('/')
  if (!WANTED.test(relative)) return new Response('Not found', { status: 404 })
  const file = path.join(KATEX_DIST, relative)
  return new Response(await readFile(file), { headers: { 'Content-Type': contentType(file) } })
}
