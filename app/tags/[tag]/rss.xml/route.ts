import { getTagFeed, getTags } from '@/lib/content'
import { feedResponse } from '@/lib/feed'
import { decodeParam } from '@/lib/params'
import { site } from '@/lib/site'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const source = getTagFeed(decodeParam((await params).tag))
  if (!source) return new Response('Not found', { status: 404 })
  return feedResponse(site, source, 'rss')
}
