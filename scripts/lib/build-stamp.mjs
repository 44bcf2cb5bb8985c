// What a finished build was made from, so that a build whose inputs have not changed
// can keep the output it already has instead of rendering every page again.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Build output, caches and tests: nothing a build reads (mirrors .gitignore). */
const NOT_INPUTS = new Set(['.git', 'node_modules', '.next', 'out', '.contentlayer', '.sandbox', 'cache', 'test-results', 'playwright-report', 'screenshots', 'tests', path.join('public', 'pagefind'), 'next-env.d.ts'])

/** Whether a path, relative to the project root, is something a build reads. */
export function isBuildInput(file) {
  return !NOT_INPUTS.has(file) && !file.endsWith('.tsbuildinfo')
}

/** Settings a build reads from the environment. */
const BUILD_ENV = /^(SITE_|NEXT_)|^(NODE_ENV|TZ)$/

function inputFiles(root, dir = '') {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => isBuildInput(path.join(dir, entry.name)))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) return inputFiles(root, file)
      return entry.isFile() ? [file] : []
    })
}

/** One hash of every source file (path and bytes), the build settings in `env`, Node's version and the target. */
export function fingerprint(root, target, env) {
  const hash = createHash('sha256')
  const settings = Object.entries(env).filter(([key]) => BUILD_ENV.test(key)).sort(([a], [b]) => (a < b ? -1 : 1))
  hash.update(JSON.stringify({ target, node: process.version, settings }))
  for (const file of inputFiles(root).sort()) {
    hash.update(`\0${file.split(path.sep).join('/')}\0`)
    hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

/** The calendar day on the build machine's clock: pages show the year and how long a role has lasted. */
export const localDay = (date) => date.toDateString()

/**
 * The first moment after `builtAt` at which a scheduled post comes out: from then on
 * the same sources make a different site. `dates` are the posts' ISO dates.
 */
export function nextPublication(dates, builtAt) {
  const upcoming = dates.map((date) => Date.parse(date)).filter((time) => time > builtAt.getTime())
  return upcoming.length ? new Date(Math.min(...upcoming)).toISOString() : undefined
}

/**
 * Why the last build's output cannot stand in for a new one, or undefined when it can:
 * same target, same inputs, the same day, and no scheduled post has come out since.
 */
export function staleBecause(stamp, { target, fingerprint: current, now }) {
  if (!stamp) return 'no finished build to reuse'
  if (stamp.target !== target) return `the last build was the ${stamp.target} build`
  if (stamp.fingerprint !== current) return 'sources or settings changed'
  if (stamp.day !== localDay(now)) return 'the date changed'
  if (stamp.nextPublication && Date.parse(stamp.nextPublication) <= now.getTime()) return 'a scheduled post is due'
  return undefined
}
