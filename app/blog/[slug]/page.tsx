import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BackLink } from '@/components/back-link'
import { JsonLd } from '@/components/json-ld'
import { MDXContent } from '@/components/mdx-content'
import { PostFooter } from '@/components/post-footer'
import { PostMeta } from '@/components/post-meta'
import { TagList } from '@/components/tag-chip'
import { TocLinks } from '@/components/toc'
import { getPost, getPosts } from '@/lib/content'
import { decodeParam } from '@/lib/params'
import { adjacentPosts, relatedPosts } from '@/lib/related'
import { blogPostingLd, breadcrumbLd, pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'
import { extractToc } from '@/lib/toc'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost(decodeParam((await params).slug))
  if (!post) return {}
  return pageMetadata({
    title: post.title,
    description: post.description,
    path: `/blog/${post.slug}`,
    image: `/blog/${post.slug}/og.png`,
    article: { published: post.date, modified: post.updated, tags: post.tags },
  })
}

export default async function PostPage({ params }: Props) {
  const post = getPost(decodeParam((await params).slug))
  if (!post) notFound()
  const posts = getPosts()
  const toc = extractToc(post.html)
  const hasMath = post.html.includes('class="katex"')
  return (
    <div className="relative mx-auto max-w-measure">
      {/* React hoists this into <head>: only posts with math load KaTeX's stylesheet. */}
      {hasMath && <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />}
      <JsonLd data={blogPostingLd(post)} />
      <JsonLd
        data={breadcrumbLd([
          { name: site.name, path: '/' },
          { name: 'Blog', path: '/blog' },
          { name: post.title, path: `/blog/${post.slug}` },
        ])}
      />
      {/* Search indexes the article: title, description, tags and body, not the navigation around them. */}
      <article data-pagefind-body>
        <BackLink href="/blog">Back to blogs</BackLink>
        <header className="mb-10 space-y-4 border-b border-zinc-200/70 pb-8 dark:border-zinc-800/70">
          {/* dir="auto": a title or description in Arabic or Hebrew reads right to left. */}
          <h1 dir="auto" className="text-3xl font-bold tracking-tight text-balance wrap-break-word text-zinc-900 sm:text-4xl dark:text-zinc-50">
            {post.title}
          </h1>
          <p dir="auto" className="text-lg leading-relaxed text-zinc-600 dark:text-zinc-300">{post.description}</p>
          <TagList tags={post.tags} />
          <div data-pagefind-ignore className="space-y-1">
            <p className="text-sm font-medium text-zinc-700 dark:text-zinc-200">By {site.name}</p>
            <PostMeta post={post} detailed />
          </div>
        </header>
        {toc.length > 1 && (
          <details data-pagefind-ignore className="toc-mobile mb-10 rounded-xl border border-zinc-200 px-4 py-3 xl:hidden dark:border-zinc-800">
            <summary className="cursor-pointer text-sm font-semibold text-zinc-900 dark:text-zinc-100">On this page</summary>
            <nav aria-label="Table of contents" className="mt-3">
              <TocLinks entries={toc} />
            </nav>
          </details>
        )}
        <div className="prose prose-zinc max-w-none dark:prose-invert sm:prose-lg">
          <MDXContent code={post.body.code} />
        </div>
        <PostFooter related={relatedPosts(post, posts)} {...adjacentPosts(post, posts)} />
      </article>
      {toc.length > 1 && (
        <aside className="absolute top-0 left-full ml-10 hidden h-full w-52 xl:block">
          <nav aria-label="On this page" className="sticky top-24 max-h-[calc(100dvh-8rem)] overflow-y-auto">
            <p className="mb-3 text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">On this page</p>
            <TocLinks entries={toc} />
          </nav>
        </aside>
      )}
    </div>
  )
}
