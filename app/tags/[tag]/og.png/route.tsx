import { ogImage } from '@/components/og-image'
import { getTag, getTags } from '@/lib/content'
import { decodeParam } from '@/lib/params'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag(decodeParam((await params).tag))
  if (!tag) return new Response('Not found', { status: 404 })
  return ogImage({ eyebrow: 'Tag', title: `#${tag.name}`, subtitle: `${tag.count} ${tag.count === 1 ? 'post' : 'posts'}` })
}
