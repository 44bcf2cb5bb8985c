import Link from 'next/link'
import { site } from '@/lib/site'
import { icons } from './icons'
import { SearchButton } from './search/search-button'
import { ThemeToggle } from './theme-toggle'

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b print:hidden border-zinc-200/70 bg-white/85 backdrop-blur-md dark:border-zinc-800/70 dark:bg-zinc-950/85">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-6 gap-y-1 px-5 py-3 sm:px-6">
        <Link
          href="/"
          className="text-lg font-semibold tracking-tight text-zinc-900 dark:text-zinc-50"
        >
          {site.name}
        </Link>
        <div className="ml-auto flex items-center gap-1 sm:order-last">
          <a
            href="/rss.xml"
            className="inline-flex h-9 items-center gap-1.5 rounded-full px-3 text-sm text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
          >
            <icons.rss width={16} height={16} />
            rss feed
          </a>
          <SearchButton />
          <ThemeToggle />
        </div>
        <nav aria-label="Main" className="-mx-2 w-full sm:mx-0 sm:ml-auto sm:w-auto">
          <ul className="flex gap-1 text-sm">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block rounded-full px-2 py-1.5 text-zinc-600 transition-colors hover:text-zinc-900 sm:px-3 dark:text-zinc-400 dark:hover:text-zinc-100"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
