// A throwaway copy of the project for builds over other content (benchmarks, fixture sites).
// It lives inside the repo (.sandbox/, ignored by git) so Next and Turbopack resolve this
// project's node_modules, and it never touches the site's own content or build output.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

/** What a build reads besides content/. */
const PROJECT_FILES = ['app', 'components', 'lib', 'public', 'scripts', 'proxy.ts', 'contentlayer.config.ts', 'next.config.ts', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json']

/** A fresh copy of the project at .sandbox/<name> with an empty content/ folder; returns its path. */
export function projectCopy(name) {
  const dir = path.join(root, '.sandbox', name)
  removeSandbox(dir)
  // The site's own search index is build output, not source.
  const generated = path.join(root, 'public', 'pagefind')
  for (const entry of PROJECT_FILES) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true, filter: (source) => source !== generated })
  }
  mkdirSync(path.join(dir, 'content'), { recursive: true })
  return dir
}

/** Retries: a dev server may still be flushing its cache as it exits. */
export function removeSandbox(dir) {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
}
