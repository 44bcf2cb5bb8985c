import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import type { Post } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { site } from '@/lib/site'
import { Pagination } from './pagination'
import { PostList } from './post-list'

interface PostIndexProps {
  title: ReactNode
  intro?: ReactNode
  posts: readonly Post[]
  page: number
  /** URL of the list's first page; later pages live under `<basePath>/page/<n>`. */
  basePath: string
}

/** One page of a paginated post list: the blog and every tag page share it. */
export function PostIndex({ title, intro, posts, page, basePath }: PostIndexProps) {
  const current = paginate(posts, page, site.postsPerPage)
  if (!current) notFound()
  return (
    <>
      <header className="mb-12 space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{title}</h1>
        {intro && <div className="text-zinc-600 dark:text-zinc-300">{intro}</div>}
      </header>
      <PostList posts={current.items} />
      <Pagination basePath={basePath} page={current.page} totalPages={current.totalPages} />
    </>
  )
}
