import type { Metadata } from 'next'
import { TagChip } from '@/components/tag-chip'
import { getTags } from '@/lib/content'

export const metadata: Metadata = {
  title: 'Tags',
  description: 'Every topic on the blog, with how many posts cover it.',
}

export default function TagsPage() {
  const tags = getTags()
  return (
    <>
      <header className="mb-10 space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">Tags</h1>
        <p className="text-zinc-600 dark:text-zinc-300">{metadata.description}</p>
      </header>
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
