import { serializeJsonLd } from '@/lib/seo'

/** Structured data for search engines; escaped so no content can end the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
