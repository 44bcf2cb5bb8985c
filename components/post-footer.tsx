import Link from 'next/link'
import type { Post } from '@/lib/content'
import { PostMeta } from './post-meta'

/** Related reading and the posts either side, closing a post page. */
export function PostFooter({ related, newer, older }: { related: readonly Post[]; newer?: Post; older?: Post }) {
  return (
    <footer data-pagefind-ignore className="mt-16 space-y-12 border-t border-zinc-200/70 pt-10 dark:border-zinc-800/70">
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-5 text-lg font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            Related posts
          </h2>
          <ul className="space-y-5">
            {related.map((post) => (
              <li key={post.slug} className="space-y-1">
                <Link
                  href={`/blog/${post.slug}`}
                  className="font-medium text-zinc-900 decoration-orange-500/60 decoration-2 underline-offset-4 hover:underline dark:text-zinc-50"
                >
                  {post.title}
                </Link>
                <PostMeta post={post} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(newer || older) && (
        <nav aria-label="More posts" className="grid gap-4 sm:grid-cols-2">
          {older && <NeighbourLink post={older} label="Older post" rel="prev" />}
          {newer && <NeighbourLink post={newer} label="Newer post" rel="next" className="sm:col-start-2 sm:text-right" />}
        </nav>
      )}
    </footer>
  )
}

function NeighbourLink({ post, label, rel, className = '' }: { post: Post; label: string; rel: string; className?: string }) {
  return (
    <Link
      href={`/blog/${post.slug}`}
      rel={rel}
      className={`rounded-xl border border-zinc-200 p-4 transition-colors hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:border-zinc-700 dark:hover:bg-zinc-900 ${className}`}
    >
      <span className="block text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{label}</span>
      <span className="mt-1 block font-medium text-zinc-900 dark:text-zinc-50">{post.title}</span>
    </Link>
  )
}
