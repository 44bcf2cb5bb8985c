import type { Metadata } from 'next'
import { ProjectGallery } from '@/components/project-gallery'
import { getProjectStacks, getProjects } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = pageMetadata({
  title: 'Projects',
  description: 'Products Minh Vo has designed and built: AI platforms, SaaS themes, dashboards and e-commerce.',
  path: '/projects',
})

export default function ProjectsPage() {
  const projects = getProjects()
  return <ProjectGallery projects={projects} stacks={getProjectStacks()} total={projects.length} />
}
