import type { Metadata } from 'next'
import { ProjectGallery } from '@/components/project-gallery'
import { getProjectStacks, getProjects } from '@/lib/content'

export const metadata: Metadata = {
  title: 'Projects',
  description: 'Products Minh Vo has designed and built: AI platforms, SaaS themes, dashboards and e-commerce.',
}

export default function ProjectsPage() {
  const projects = getProjects()
  return <ProjectGallery projects={projects} stacks={getProjectStacks()} total={projects.length} />
}
