import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { TagChip } from '@/components/tag-chip'
import { getTags } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'

const description = 'Every topic on the blog, with how many posts cover it.'

export const metadata: Metadata = pageMetadata({ title: 'Tags', description, path: '/tags' })

export default function TagsPage() {
  const tags = getTags()
  return (
    <>
      <PageHeader title="Tags" intro={description} />
      {tags.length === 0 ? (
        <p className="text-zinc-500 dark:text-zinc-400">No tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="All tags">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <TagChip tag={tag.name} count={tag.count} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
