import type { Project } from '@/lib/content'
import type { TagSummary } from '@/lib/tags'
import { Chip, Count } from './chip'
import { PageHeader } from './page-header'
import { ProjectGrid } from './project-card'

interface ProjectGalleryProps {
  projects: readonly Project[]
  stacks: readonly TagSummary[]
  /** The stack filter in force, if any. */
  active?: TagSummary
  total: number
}

/**
 * The projects page. The filter is a set of links to prerendered pages,
 * so it works without JavaScript and every filtered view has its own URL.
 */
export function ProjectGallery({ projects, stacks, active, total }: ProjectGalleryProps) {
  return (
    <>
      <PageHeader
        title="Projects"
        intro={
          active
            ? `${projects.length} of ${total} projects built with ${active.name}.`
            : 'Products I have designed and built, from an enterprise AI assistant platform to the SaaS themes and dashboards before it.'
        }
      />
      {total === 0 ? (
        <p className="text-zinc-500 dark:text-zinc-400">No projects written up yet.</p>
      ) : (
        <>
          <nav aria-label="Filter projects by stack" className="mb-8">
            <ul className="flex flex-wrap gap-1.5">
              <li>
                <Chip href="/projects" current={!active}>
                  All <Count value={total} />
                </Chip>
              </li>
              {stacks.map((stack) => (
                <li key={stack.slug}>
                  <Chip href={`/projects/stack/${stack.slug}`} current={active?.slug === stack.slug}>
                    {stack.name} <Count value={stack.count} />
                  </Chip>
                </li>
              ))}
            </ul>
          </nav>
          <ProjectGrid projects={projects} />
        </>
      )}
    </>
  )
}
