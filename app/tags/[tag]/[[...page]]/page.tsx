import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { icons } from '@/components/icons'
import { PostIndex } from '@/components/post-index'
import { getPostsWithTag, getTag, getTags } from '@/lib/content'
import { pageFromSegments, pageHref, pageSegments } from '@/lib/pagination'
import { decodeParam } from '@/lib/params'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

/** `/tags/<tag>` and its later pages `/tags/<tag>/page/<n>`. */
type Props = { params: Promise<{ tag: string; page?: string[] }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().flatMap((tag) =>
    pageSegments(getPostsWithTag(tag.slug).length, site.postsPerPage).map((page) => ({ tag: tag.slug, page })),
  )
}

async function resolve(params: Props['params']) {
  const { tag: slug, page: segments } = await params
  const tag = getTag(decodeParam(slug))
  const page = pageFromSegments(segments)
  return tag && page ? { tag, page } : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params)
  if (!found) return {}
  const { tag, page } = found
  const base = `/tags/${tag.slug}`
  return pageMetadata({
    title: page > 1 ? `#${tag.name} · page ${page}` : `#${tag.name}`,
    description: `Posts tagged “${tag.name}” on ${site.name}.`,
    path: pageHref(base, page),
    image: `${base}/og.png`,
    feed: { title: `${site.name} · #${tag.name} (RSS)`, path: `${base}/rss.xml` },
  })
}

export default async function TagPage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  const { tag, page } = found
  const posts = getPostsWithTag(tag.slug)
  return (
    <PostIndex
      title={
        <>
          <span className="text-zinc-400 dark:text-zinc-500">#</span>
          {tag.name}
        </>
      }
      intro={
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {posts.length} {posts.length === 1 ? 'post' : 'posts'} tagged “{tag.name}”.
          <a
            href={`/tags/${tag.slug}/rss.xml`}
            className="inline-flex items-center gap-1.5 text-sm font-medium text-orange-700 hover:underline dark:text-orange-300"
          >
            <icons.rss width={14} height={14} />
            RSS feed for #{tag.name}
          </a>
        </p>
      }
      posts={posts}
      page={page}
      basePath={`/tags/${tag.slug}`}
    />
  )
}
