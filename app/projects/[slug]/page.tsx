import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Chip } from '@/components/chip'
import { BackLink } from '@/components/back-link'
import { icons } from '@/components/icons'
import { MDXContent } from '@/components/mdx-content'
import { getProject, getProjects } from '@/lib/content'
import { decodeParam } from '@/lib/params'
import { pageMetadata } from '@/lib/seo'
import { tagSlug } from '@/lib/tags'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getProjects().map((project) => ({ slug: project.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = getProject(decodeParam((await params).slug))
  return project ? pageMetadata({ title: project.title, description: project.summary, path: `/projects/${project.slug}` }) : {}
}

const linkLabels = { live: 'Live site', repo: 'Source code', caseStudy: 'Case study' } as const

export default async function ProjectPage({ params }: Props) {
  const project = getProject(decodeParam((await params).slug))
  if (!project) notFound()
  const links = Object.entries(linkLabels).flatMap(([key, label]) => {
    const href = project.links?.[key as keyof typeof linkLabels]
    return href ? [{ href, label }] : []
  })
  return (
    <article className="mx-auto max-w-measure">
      <BackLink href="/projects">All projects</BackLink>
      <header className="mb-10 space-y-4 border-b border-zinc-200/70 pb-8 dark:border-zinc-800/70">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-zinc-900 sm:text-4xl dark:text-zinc-50">
          {project.title}
        </h1>
        <p className="text-lg leading-relaxed text-zinc-600 dark:text-zinc-300">{project.summary}</p>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-zinc-500 dark:text-zinc-400">Role</dt>
          <dd className="text-zinc-800 dark:text-zinc-200">{project.role}</dd>
          <dt className="text-zinc-500 dark:text-zinc-400">When</dt>
          <dd className="text-zinc-800 dark:text-zinc-200">{project.periodLabel}</dd>
        </dl>
        <ul className="flex flex-wrap gap-1.5" aria-label="Stack">
          {project.stack.map((item) => (
            <li key={item}>
              <Chip href={`/projects/stack/${tagSlug(item)}`}>{item}</Chip>
            </li>
          ))}
        </ul>
        {links.length > 0 && (
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex items-center gap-1 text-orange-700 hover:underline dark:text-orange-300">
                  {link.label} <icons.arrowRight width={14} height={14} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </header>
      <div className="prose prose-zinc max-w-none dark:prose-invert sm:prose-lg">
        <MDXContent code={project.body.code} />
      </div>
    </article>
  )
}
