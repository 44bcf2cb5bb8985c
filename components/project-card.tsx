import Link from 'next/link'
import type { Project } from '@/lib/content'

export function ProjectCard({ project, headingLevel = 2 }: { project: Project; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="group relative flex h-full flex-col rounded-2xl border border-zinc-200 p-5 transition-colors hover:border-zinc-300 hover:bg-zinc-50/60 dark:border-zinc-800 dark:hover:border-zinc-700 dark:hover:bg-zinc-900/50">
      <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {project.periodLabel}
      </p>
      <Heading className="mt-2 text-lg font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        {/* The stretched link makes the whole card clickable while keeping one link in the tab order. */}
        <Link href={`/projects/${project.slug}`} className="after:absolute after:inset-0 after:rounded-2xl">
          {project.title}
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-zinc-600 dark:text-zinc-300">{project.summary}</p>
      <ul className="mt-4 flex flex-wrap gap-1.5" aria-label="Stack">
        {project.stack.map((item) => (
          <li
            key={item}
            className="rounded-md bg-zinc-100 px-2 py-0.5 font-mono text-[0.7rem] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
          >
            {item}
          </li>
        ))}
      </ul>
    </article>
  )
}

export function ProjectGrid({ projects, headingLevel }: { projects: readonly Project[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {projects.map((project) => (
        <li key={project.slug}>
          <ProjectCard project={project} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
