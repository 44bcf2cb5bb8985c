import type { Metadata } from 'next'
import { getExperience, getProjects, getSkills } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { site } from '@/lib/site'
import { durationMonths, formatDuration } from '@/lib/timeline'

export const metadata: Metadata = pageMetadata({
  title: 'Résumé',
  description: `One-page résumé of ${site.author.name}, ${site.author.role}.`,
  path: '/resume',
})

/** A link whose address stays readable on paper. */
function PrintableLink({ href }: { href: string }) {
  const text = href.replace(/^mailto:/, '').replace(/^https?:\/\//, '').replace(/\/$/, '')
  return (
    <a href={href} className="underline decoration-zinc-300 underline-offset-2 hover:decoration-orange-500 dark:decoration-zinc-600">
      {text}
    </a>
  )
}

const heading = 'mb-2 border-b border-zinc-200 pb-1 text-xs font-semibold tracking-[0.14em] text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400 print:text-zinc-600'

export default function ResumePage() {
  const today = new Date()
  const roles = getExperience()
  const projects = getProjects().filter((project) => project.featured)
  const contacts = [
    `mailto:${site.author.email}`,
    site.url,
    ...site.social.filter((link) => link.icon === 'github' || link.icon === 'linkedin').map((link) => link.href),
  ]
  return (
    <div className="text-[0.95rem] leading-snug">
      <div className="mb-8 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Prints on one A4 or Letter page.</p>
        <a
          href="/resume.pdf"
          download="Minh-Vo-resume.pdf"
          className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-50 dark:text-zinc-900 dark:hover:bg-zinc-200"
        >
          Download PDF
        </a>
      </div>
      <article className="space-y-5 rounded-2xl border border-zinc-200 p-6 sm:p-10 dark:border-zinc-800 print:rounded-none print:border-0 print:p-0">
        <header>
          <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">{site.author.name}</h1>
          <p className="mt-1 text-lg text-zinc-600 dark:text-zinc-300">{site.author.role}</p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Contact">
            {contacts.map((href) => (
              <li key={href}>
                <PrintableLink href={href} />
              </li>
            ))}
          </ul>
        </header>
        <section aria-labelledby="r-summary">
          <h2 id="r-summary" className={heading}>
            Summary
          </h2>
          <p>{site.summary}</p>
        </section>
        {roles.length > 0 && (
          <section aria-labelledby="r-experience">
            <h2 id="r-experience" className={heading}>
              Experience
            </h2>
            <div className="space-y-4">
              {roles.map((role) => (
                <div key={role._id} className="break-inside-avoid">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                    <h3 className="font-semibold text-zinc-900 dark:text-zinc-50">
                      {role.role}, {role.company}
                    </h3>
                    <p className="text-sm text-zinc-500 tabular-nums dark:text-zinc-400 print:text-zinc-600">
                      {role.periodLabel} · {formatDuration(durationMonths(role, today))}
                    </p>
                  </div>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 marker:text-zinc-400">
                    {role.highlights.map((highlight) => (
                      <li key={highlight}>{highlight}</li>
                    ))}
                    {role.awards.map((award) => (
                      <li key={award.title}>
                        <strong className="font-semibold">
                          {award.title} award, {award.year}
                        </strong>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        )}
        {projects.length > 0 && (
          <section aria-labelledby="r-projects">
            <h2 id="r-projects" className={heading}>
              Selected projects
            </h2>
            <ul className="space-y-1.5">
              {projects.map((project) => (
                <li key={project.slug} className="break-inside-avoid">
                  <strong className="font-semibold text-zinc-900 dark:text-zinc-50">{project.title}</strong>{' '}
                  <span className="text-sm text-zinc-500 dark:text-zinc-400 print:text-zinc-600">({project.periodLabel})</span>
                  {' — '}
                  {project.summary}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="r-skills">
          <h2 id="r-skills" className={heading}>
            Skills
          </h2>
          <dl className="grid gap-x-4 gap-y-0.5 sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
            {getSkills().map((group) => (
              <div key={group.name} className="contents">
                <dt className="font-semibold text-zinc-900 dark:text-zinc-50">{group.name}</dt>
                <dd>{group.skills.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </section>
      </article>
    </div>
  )
}
