import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getPosts } from '@/lib/content'
import { contentType, servableFiles } from '@/lib/files'

export const dynamic = 'force-static'
export const dynamicParams = false

type Params = { slug: string; asset: string[] }

/** Files kept beside a folder post (`content/posts/<slug>/diagram.png`) are published at `/blog/<slug>/diagram.png`. */
function folderPosts() {
  return getPosts().filter((post) => post._raw.sourceFileName.startsWith('index.'))
}

export function generateStaticParams(): Params[] {
  return folderPosts().flatMap((post) =>
    servableFiles(path.join(process.cwd(), 'content', post._raw.sourceFileDir)).map((asset) => ({ slug: post.slug, asset })),
  )
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { slug, asset } = await params
  const relative = path.normalize(asset.map(decodeURIComponent).join('/'))
  if (!folderPosts().some((post) => post.slug === slug) || relative.startsWith('..')) {
    return new Response('Not found', { status: 404 })
  }
  const file = path.join(process.cwd(), 'content', 'posts', slug, relative)
  return new Response(await readFile(file), { headers: { 'Content-Type': contentType(file) } })
}
