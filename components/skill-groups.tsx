import type { SkillGroup } from '@/lib/content'

export function SkillGroups({ groups }: { groups: readonly SkillGroup[] }) {
  return (
    <dl className="grid gap-6 sm:grid-cols-2">
      {groups.map((group) => (
        <div key={group.name}>
          <dt className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{group.name}</dt>
          <dd className="mt-2 flex flex-wrap gap-1.5">
            {group.skills.map((skill) => (
              <span
                key={skill}
                className="rounded-md bg-zinc-100 px-2 py-0.5 text-sm text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
              >
                {skill}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  )
}
