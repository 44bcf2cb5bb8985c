import { tagSlug } from '@/lib/tags'
import { Chip, Count } from './chip'

export function TagChip({ tag, count }: { tag: string; count?: number }) {
  return (
    <Chip href={`/tags/${tagSlug(tag)}`}>
      <span aria-hidden="true" className="opacity-60">
        #
      </span>
      {tag}
      {count !== undefined && <Count value={count} />}
    </Chip>
  )
}

export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (tags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  )
}
