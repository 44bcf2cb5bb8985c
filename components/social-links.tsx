import { site } from '@/lib/site'
import { icons } from './icons'

/** Icon links to the owner's profiles; each carries its accessible name. */
export function SocialLinks({ className = '' }: { className?: string }) {
  return (
    <ul className={`flex items-center gap-1 ${className}`} aria-label="Elsewhere">
      {site.social.map((link) => {
        const Icon = icons[link.icon]
        return (
          <li key={link.href}>
            <a
              href={link.href}
              aria-label={link.label}
              title={link.label}
              className="inline-flex size-9 items-center justify-center rounded-full text-zinc-500 transition-colors hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              <Icon />
            </a>
          </li>
        )
      })}
    </ul>
  )
}
