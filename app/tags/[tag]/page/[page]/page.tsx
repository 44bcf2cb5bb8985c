import { getPostsWithTag, getTags } from '@/lib/content'
import { laterPageParams, parsePageParam } from '@/lib/pagination'
import { site } from '@/lib/site'
import { TagPage, tagMetadata, type TagParams } from '../../tag-page'

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().flatMap((tag) =>
    laterPageParams(getPostsWithTag(tag.slug).length, site.postsPerPage).map(({ page }) => ({ tag: tag.slug, page })),
  )
}

export function generateMetadata({ params }: { params: TagParams }) {
  return tagMetadata(params)
}

export default async function TagPageN({ params }: { params: TagParams }) {
  const { page = '' } = await params
  return <TagPage params={params} page={parsePageParam(page) ?? 0} />
}
