import { ogImage } from '@/components/og-image'
import { getPost, getPosts } from '@/lib/content'
import { formatDate } from '@/lib/dates'
import { decodeParam } from '@/lib/params'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPost(decodeParam((await params).slug))
  if (!post) return new Response('Not found', { status: 404 })
  return ogImage({ eyebrow: formatDate(post.date), title: post.title, tags: post.tags })
}
