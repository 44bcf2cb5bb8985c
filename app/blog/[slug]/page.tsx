import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BackLink } from '@/components/back-link'
import { MDXContent } from '@/components/mdx-content'
import { PostMeta } from '@/components/post-meta'
import { TagList } from '@/components/tag-chip'
import { getPost, getPosts } from '@/lib/content'
import { decodeParam } from '@/lib/params'
import { site } from '@/lib/site'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost(decodeParam((await params).slug))
  if (!post) return {}
  return { title: post.title, description: post.description }
}

export default async function PostPage({ params }: Props) {
  const post = getPost(decodeParam((await params).slug))
  if (!post) notFound()
  return (
    <article className="mx-auto max-w-measure">
      <BackLink href="/blog">Back to blogs</BackLink>
      <header className="mb-10 space-y-4 border-b border-zinc-200/70 pb-8 dark:border-zinc-800/70">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-zinc-900 sm:text-4xl dark:text-zinc-50">
          {post.title}
        </h1>
        <p className="text-lg leading-relaxed text-zinc-600 dark:text-zinc-300">{post.description}</p>
        <TagList tags={post.tags} />
        <div className="space-y-1">
          <p className="text-sm font-medium text-zinc-700 dark:text-zinc-200">By {site.name}</p>
          <PostMeta post={post} showUpdated />
        </div>
      </header>
      <div className="prose prose-zinc max-w-none dark:prose-invert sm:prose-lg">
        <MDXContent code={post.body.code} />
      </div>
    </article>
  )
}
