import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getPosts, type Post } from '@/lib/content'
import { contentType, servableFiles } from '@/lib/files'
import { decodeParam } from '@/lib/params'

export const dynamic = 'force-static'
export const dynamicParams = false

type Params = { slug: string; asset: string[] }

/** Files kept beside a folder post (`content/posts/<slug>/diagram.png`) are published at `/blog/<slug>/diagram.png`. */
function folderPosts() {
  return getPosts().filter((post) => post._raw.sourceFileName.startsWith('index.'))
}

const folderOf = (post: Post) => path.join(process.cwd(), 'content', post._raw.sourceFileDir)

export function generateStaticParams(): Params[] {
  return folderPosts().flatMap((post) => servableFiles(folderOf(post)).map((asset) => ({ slug: post.slug, asset })))
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { slug, asset } = await params
  const relative = path.normalize(asset.map(decodeParam).join('/'))
  const post = folderPosts().find((candidate) => candidate.slug === decodeParam(slug))
  if (!post || relative.startsWith('..')) return new Response('Not found', { status: 404 })
  const file = path.join(folderOf(post), relative)
  return new Response(await readFile(file), { headers: { 'Content-Type': contentType(file) } })
}
