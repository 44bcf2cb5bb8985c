import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostIndex } from '@/components/post-index'
import { getPostsWithTag, getTag } from '@/lib/content'
import { decodeParam } from '@/lib/params'

export type TagParams = Promise<{ tag: string; page?: string }>

export async function tagMetadata(params: TagParams): Promise<Metadata> {
  const tag = getTag(decodeParam((await params).tag))
  if (!tag) return {}
  return { title: `#${tag.name}`, description: `Posts tagged “${tag.name}”.` }
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
      intro={`${posts.length} ${posts.length === 1 ? 'post' : 'posts'} tagged “${tag.name}”.`}
      posts={posts}
      page={page}
      basePath={`/tags/${tag.slug}`}
    />
  )
}
