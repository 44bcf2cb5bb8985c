import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { SearchPage } from '@/components/search/search-page'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Search', description: 'Search every post on the blog.', path: '/search' }),
  robots: { index: false },
}

export default function Search() {
  return (
    <div className="mx-auto max-w-measure">
      <PageHeader title="Search" intro="Titles, descriptions, tags and full text of every post." />
      <SearchPage />
      <noscript>
        <p className="mt-4 text-zinc-600 dark:text-zinc-300">Search needs JavaScript. Every post is listed on the blog and by tag.</p>
      </noscript>
    </div>
  )
}
