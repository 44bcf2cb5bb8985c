import { ogImage } from '@/components/og-image'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export function GET() {
  return ogImage({ eyebrow: site.author.role, title: site.author.name, subtitle: site.tagline })
}
