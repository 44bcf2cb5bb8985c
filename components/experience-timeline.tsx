import type { Experience } from '@/lib/content'
import { durationMonths, formatDuration } from '@/lib/timeline'

/** Roles newest first along a vertical rule; durations count "present" up to the build date. */
export function ExperienceTimeline({ roles, today }: { roles: readonly Experience[]; today: Date }) {
  return (
    <ol className="relative space-y-10 border-l border-zinc-200 pl-6 dark:border-zinc-800">
      {roles.map((role) => (
        <li key={role._id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.85rem] size-3 rounded-full border-2 border-white bg-orange-500 dark:border-zinc-950"
          />
          <h3 className="text-lg font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            {role.role} <span className="font-normal text-zinc-500 dark:text-zinc-400">at</span> {role.company}
          </h3>
          <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
            {role.periodLabel} <span aria-hidden="true">·</span> {formatDuration(durationMonths(role, today))}
          </p>
          <p className="mt-3 leading-relaxed">{role.summary}</p>
          <ul className="mt-3 list-disc space-y-1.5 pl-5 leading-relaxed marker:text-zinc-400">
            {role.highlights.map((highlight) => (
              <li key={highlight}>{highlight}</li>
            ))}
          </ul>
          {role.awards.length > 0 && (
            <ul className="mt-4 flex flex-wrap gap-2" aria-label="Awards">
              {role.awards.map((award) => (
                <li
                  key={award.title}
                  className="inline-flex items-center gap-1.5 rounded-full bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900 ring-1 ring-amber-200 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/20"
                >
                  <span aria-hidden="true">🏆</span> {award.title}, {award.year}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}
