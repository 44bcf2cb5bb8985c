import { site } from '@/lib/site'
import { icons } from './icons'

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200/70 dark:border-zinc-800/70">
      <div className="mx-auto flex max-w-3xl flex-col-reverse items-center gap-4 px-5 py-8 text-sm text-zinc-500 sm:flex-row sm:justify-between sm:px-6 dark:text-zinc-400">
        <p>
          © {new Date().getFullYear()} {site.author.name}
        </p>
        <ul className="flex items-center gap-1" aria-label="Elsewhere">
          {site.social.map((link) => {
            const Icon = icons[link.icon]
            return (
              <li key={link.href}>
                <a
                  href={link.href}
                  aria-label={link.label}
                  title={link.label}
                  className="inline-flex size-9 items-center justify-center rounded-full transition-colors hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
                >
                  <Icon />
                </a>
              </li>
            )
          })}
        </ul>
      </div>
    </footer>
  )
}
