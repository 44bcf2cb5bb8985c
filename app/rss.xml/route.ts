import { getSiteFeed } from '@/lib/content'
import { feedResponse } from '@/lib/feed'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export function GET() {
  return feedResponse(site, getSiteFeed(), 'rss')
}
