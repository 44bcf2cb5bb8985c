import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="mx-auto max-w-measure py-10 text-center">
      <p className="font-mono text-sm font-medium tracking-widest text-orange-700 dark:text-orange-300">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
        This page wandered off
      </h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-300">
        The link may be old, or the post may have moved. Everything that exists is one click away.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3 text-sm font-medium">
        <Link href="/" className="rounded-full bg-zinc-900 px-4 py-2 text-white hover:bg-zinc-700 dark:bg-zinc-50 dark:text-zinc-900 dark:hover:bg-zinc-200">
          Go home
        </Link>
        <Link href="/blog" className="rounded-full border border-zinc-200 px-4 py-2 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
          Read the blog
        </Link>
        <Link href="/tags" className="rounded-full border border-zinc-200 px-4 py-2 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
          Browse tags
        </Link>
      </div>
    </div>
  )
}
