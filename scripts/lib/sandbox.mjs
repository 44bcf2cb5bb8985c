// A throwaway copy of the project for builds over other content (benchmarks, fixture sites).
// It lives inside the repo (.sandbox/, ignored by git) so Next and Turbopack resolve this
// project's node_modules, and it never touches the site's own content or build output.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { isBuildInput } from './build-stamp.mjs'

export const root = path.resolve(import.meta.dirname, '../..')

/** A fresh copy of the project at .sandbox/<name>: everything a build reads, with an empty content/ folder; returns its path. */
export function projectCopy(name) {
  const dir = path.join(root, '.sandbox', name)
  removeSandbox(dir)
  for (const entry of readdirSync(root)) {
    // No lockfile: a second one would make Next guess which folder is the workspace root.
    if (entry === 'content' || entry === 'package-lock.json' || !isBuildInput(entry)) continue
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true, filter: (source) => isBuildInput(path.relative(root, source)) })
  }
  mkdirSync(path.join(dir, 'content'), { recursive: true })
  return dir
}

/** Retries: a dev server may still be flushing its cache as it exits. */
export function removeSandbox(dir) {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
}
