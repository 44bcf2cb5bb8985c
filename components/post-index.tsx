import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import type { Post } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { site } from '@/lib/site'
import { PageHeader } from './page-header'
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
      <PageHeader title={title} intro={intro} />
      <PostList posts={current.items} />
      <Pagination basePath={basePath} page={current.page} totalPages={current.totalPages} />
    </>
  )
}
