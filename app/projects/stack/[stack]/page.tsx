import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ProjectGallery } from '@/components/project-gallery'
import { getProjectStacks, getProjects, getProjectsWithStack } from '@/lib/content'
import { decodeParam } from '@/lib/params'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

type Props = { params: Promise<{ stack: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getProjectStacks().map((stack) => ({ stack: stack.slug }))
}

async function findStack(params: Props['params']) {
  const slug = decodeParam((await params).stack)
  return getProjectStacks().find((stack) => stack.slug === slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stack = await findStack(params)
  if (!stack) return {}
  return pageMetadata({
    title: `Projects built with ${stack.name}`,
    description: `Projects by ${site.author.name} that use ${stack.name}.`,
    path: `/projects/stack/${stack.slug}`,
  })
}

export default async function ProjectStackPage({ params }: Props) {
  const stack = await findStack(params)
  if (!stack) notFound()
  return (
    <ProjectGallery
      projects={getProjectsWithStack(stack.slug)}
      stacks={getProjectStacks()}
      active={stack}
      total={getProjects().length}
    />
  )
}
