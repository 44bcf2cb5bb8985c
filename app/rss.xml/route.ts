import { getPosts } from '@/lib/content'
import { buildFeed } from '@/lib/feed'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export function GET() {
  const xml = buildFeed(site, getPosts(), new Date()).rss2()
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
