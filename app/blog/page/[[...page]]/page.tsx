import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { PostIndex } from '@/components/post-index'
import { getPosts } from '@/lib/content'
import { laterPageParams, pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

/**
 * `/blog/page/<n>` for n ≥ 2. The segment is an optional catch-all so that there is
 * always one path to prerender (`/blog/page`, which sends readers to `/blog`),
 * as a static export requires, even when every post fits on the first page.
 */
type Props = { params: Promise<{ page?: string[] }> }

export const dynamicParams = false

export function generateStaticParams() {
  return [{ page: [] }, ...laterPageParams(getPosts().length, site.postsPerPage).map(({ page }) => ({ page: [page] }))]
}

async function pageNumber(params: Props['params']): Promise<number | undefined> {
  const { page = [] } = await params
  return page.length === 1 ? parsePageParam(page[0]!) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageNumber(params)
  if (!page) return {}
  return pageMetadata({ title: `Blog · page ${page}`, description: `Older posts, page ${page}.`, path: pageHref('/blog', page) })
}

export default async function BlogLaterPage({ params }: Props) {
  const page = await pageNumber(params)
  if (!page) redirect('/blog')
  return <PostIndex title="Blog" posts={getPosts()} page={page} basePath="/blog" />
}
