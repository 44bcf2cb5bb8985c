import Link from 'next/link'
import type { Post } from '@/lib/content'
import { PostMeta } from './post-meta'
import { TagList } from './tag-chip'

/** `headingLevel` keeps the outline valid: 2 when the list is the page's content, 3 under a section heading. */
export function PostList({ posts, headingLevel = 2 }: { posts: readonly Post[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (posts.length === 0) {
    return <p className="text-zinc-500 dark:text-zinc-400">Nothing here yet. The first post is on its way.</p>
  }
  return (
    <ul className="divide-y divide-zinc-200/70 dark:divide-zinc-800/70">
      {posts.map((post) => (
        <li key={post.slug} className="py-7 first:pt-0 last:pb-0">
          <article className="space-y-2.5">
            <Heading dir="auto" className="wrap-break-word text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
              <Link
                href={`/blog/${post.slug}`}
                className="decoration-orange-500/60 decoration-2 underline-offset-4 hover:underline"
              >
                {post.title}
              </Link>
            </Heading>
            <PostMeta post={post} />
            <p dir="auto" className="leading-relaxed text-zinc-600 dark:text-zinc-300">{post.description}</p>
            <TagList tags={post.tags} />
          </article>
        </li>
      ))}
    </ul>
  )
}
