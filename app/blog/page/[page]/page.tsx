import type { Metadata } from 'next'
import { PostIndex } from '@/components/post-index'
import { getPosts } from '@/lib/content'
import { laterPageParams, pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return laterPageParams(getPosts().length, site.postsPerPage)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return pageMetadata({
    title: `Blog · page ${page}`,
    description: `Older posts, page ${page}.`,
    path: pageHref('/blog', Number(page)),
  })
}

export default async function BlogPageN({ params }: Props) {
  const { page } = await params
  return <PostIndex title="Blog" posts={getPosts()} page={parsePageParam(page) ?? 0} basePath="/blog" />
}
