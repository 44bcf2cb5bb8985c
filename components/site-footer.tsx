import { site } from '@/lib/site'
import { SocialLinks } from './social-links'

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200/70 print:hidden dark:border-zinc-800/70">
      <div className="mx-auto flex max-w-3xl flex-col-reverse items-center gap-4 px-5 py-8 text-sm text-zinc-500 sm:flex-row sm:justify-between sm:px-6 dark:text-zinc-400">
        <p>
          © {new Date().getFullYear()} {site.author.name}
        </p>
        <SocialLinks />
      </div>
    </footer>
  )
}
