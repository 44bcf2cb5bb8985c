import type { Metadata } from 'next'
import Link from 'next/link'
import { icons } from '@/components/icons'
import { JsonLd } from '@/components/json-ld'
import { PostList } from '@/components/post-list'
import { ProjectGrid } from '@/components/project-card'
import { getPosts, getProjects } from '@/lib/content'
import { homeLd, pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' })

const LATEST = 5

export default function HomePage() {
  const posts = getPosts()
  const featured = getProjects().filter((project) => project.featured)
  return (
    <>
      <JsonLd data={homeLd()} />
      <section aria-labelledby="intro" className="mb-16 space-y-5">
        <p className="text-sm font-medium tracking-wide text-orange-700 uppercase dark:text-orange-300">
          {site.author.role}
        </p>
        <h1 id="intro" className="text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl dark:text-zinc-50">
          {site.author.name}
        </h1>
        <p className="text-xl text-zinc-600 dark:text-zinc-300">{site.tagline}</p>
        <div className="max-w-measure space-y-4 leading-relaxed">
          {site.bio.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </section>
      {featured.length > 0 && (
        <section aria-labelledby="featured" className="mb-16">
          <SectionHeading id="featured" title="Featured projects" more={{ href: '/projects', label: 'All projects' }} />
          <ProjectGrid projects={featured} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="latest">
        <SectionHeading id="latest" title="Latest posts" more={{ href: '/blog', label: 'All posts' }} />
        <PostList posts={posts.slice(0, LATEST)} headingLevel={3} />
      </section>
    </>
  )
}

function SectionHeading({ id, title, more }: { id: string; title: string; more: { href: string; label: string } }) {
  return (
    <div className="mb-8 flex items-baseline justify-between gap-4">
      <h2 id={id} className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      <Link
        href={more.href}
        className="inline-flex items-center gap-1 text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
      >
        {more.label} <icons.arrowRight width={14} height={14} />
      </Link>
    </div>
  )
}
