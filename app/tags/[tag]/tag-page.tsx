import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { icons } from '@/components/icons'
import { PostIndex } from '@/components/post-index'
import { getPostsWithTag, getTag } from '@/lib/content'
import { pageHref } from '@/lib/pagination'
import { decodeParam } from '@/lib/params'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

export type TagParams = Promise<{ tag: string; page?: string }>

export async function tagMetadata(params: TagParams): Promise<Metadata> {
  const { tag: slug, page } = await params
  const tag = getTag(decodeParam(slug))
  if (!tag) return {}
  const base = `/tags/${tag.slug}`
  return pageMetadata({
    title: page ? `#${tag.name} · page ${page}` : `#${tag.name}`,
    description: `Posts tagged “${tag.name}” on ${site.name}.`,
    path: pageHref(base, Number(page ?? 1)),
    image: `${base}/og.png`,
    feed: { title: `${site.name} · #${tag.name} (RSS)`, path: `${base}/rss.xml` },
  })
}

/** A tag's posts, one page of them; shared by `/tags/<tag>` and `/tags/<tag>/page/<n>`. */
export async function TagPage({ params, page }: { params: TagParams; page: number }) {
  const tag = getTag(decodeParam((await params).tag))
  if (!tag) notFound()
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
