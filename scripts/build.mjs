#!/usr/bin/env node
// Builds one deploy target: content, then Next, then the search index and the per-page
// script hashes. When every source file, build setting and the date are what the last
// finished build of the same target was made from, its output is kept as it is, the way
// make skips a target that is newer than its inputs: rendering 2,000 pages again would
// only write the same files. `--force` builds anyway.
// Usage: node scripts/build.mjs server|export [--force]
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fingerprint, localDay, nextPublication, staleBecause } from './lib/build-stamp.mjs'

const root = process.cwd()
const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const script = (name) => path.join(import.meta.dirname, name)

/** Where each target's Next build puts its pages and where their search index goes. */
const TARGETS = {
  server: { env: {}, pages: '.next/server/app', search: 'public/pagefind', built: '.next/BUILD_ID' },
  export: { env: { NEXT_OUTPUT: 'export' }, pages: 'out', search: 'out/pagefind', built: 'out/index.html' },
}

const [name] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const target = TARGETS[name]
if (!target) {
  console.error('Usage: node scripts/build.mjs server|export [--force]')
  process.exit(1)
}

// Both targets build in .next, so one stamp there says which of them it holds.
const STAMP = path.join(root, '.next', 'site-build.json')
// Two glibc heaps per process instead of eight per core: the social cards' image library
// otherwise keeps ~150 MB per prerender worker it no longer uses (measured by `npm run bench`).
const env = { MALLOC_ARENA_MAX: '2', ...process.env, ...target.env }
const now = new Date()
const current = fingerprint(root, name, env)
const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : undefined
const missing = [target.built, `${target.search}/pagefind-entry.json`].find((file) => !existsSync(path.join(root, file)))
const stale = process.argv.includes('--force') ? 'asked to with --force' : missing ? `${missing} is missing` : staleBecause(stamp, { target: name, fingerprint: current, now })

if (!stale) {
  console.log(`› ${name} build: nothing changed since the one finished at ${stamp.finishedAt}; its output is current (--force builds anyway)`)
  process.exit(0)
}

console.log(`› ${name} build (${stale})`)
rmSync(STAMP, { force: true })
const steps = [
  [script('content.mjs')],
  [next, 'build'],
  [script('search-index.mjs'), target.pages, target.search],
  [script('csp-hashes.mjs'), target.pages],
]
for (const [file, ...args] of steps) {
  const { status } = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit', env })
  if (status !== 0) process.exit(status ?? 1)
}
const posts = path.join(root, '.contentlayer', 'generated', 'Post', '_index.json')
const dates = existsSync(posts) ? JSON.parse(readFileSync(posts, 'utf8')).map((post) => post.date) : []
writeFileSync(
  STAMP,
  JSON.stringify({ target: name, fingerprint: current, day: localDay(now), nextPublication: nextPublication(dates, now), finishedAt: new Date().toISOString() }, null, 2),
)
