import { getTags } from '@/lib/content'
import { TagPage, tagMetadata, type TagParams } from './tag-page'

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export function generateMetadata({ params }: { params: TagParams }) {
  return tagMetadata(params)
}

export default function TagFirstPage({ params }: { params: TagParams }) {
  return <TagPage params={params} page={1} />
}
