import type { Metadata } from 'next'
import Link from 'next/link'
import { ExperienceTimeline } from '@/components/experience-timeline'
import { PageHeader } from '@/components/page-header'
import { SkillGroups } from '@/components/skill-groups'
import { SocialLinks } from '@/components/social-links'
import { getExperience, getSkills } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({
  title: 'About',
  description: `${site.author.name}, ${site.author.role}: experience, awards and skills.`,
  path: '/about',
})

const sectionTitle = 'mb-6 text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50'

export default function AboutPage() {
  const roles = getExperience()
  return (
    <>
      <PageHeader title="About" intro={`${site.author.role} · ${site.tagline}`}>
        <div className="max-w-measure space-y-4 pt-2 leading-relaxed">
          {site.bio.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-4 pt-2">
          <Link
            href="/resume"
            className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-50 dark:text-zinc-900 dark:hover:bg-zinc-200"
          >
            View résumé
          </Link>
          <SocialLinks />
        </div>
      </PageHeader>
      {roles.length > 0 && (
        <section aria-labelledby="experience" className="mb-16">
          <h2 id="experience" className={sectionTitle}>
            Experience
          </h2>
          <ExperienceTimeline roles={roles} today={new Date()} />
        </section>
      )}
      <section aria-labelledby="skills">
        <h2 id="skills" className={sectionTitle}>
          Skills
        </h2>
        <SkillGroups groups={getSkills()} />
      </section>
    </>
  )
}
