import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprint, localDay, nextPublication, staleBecause, type BuildStamp } from '../../scripts/lib/build-stamp.mjs'

describe('fingerprint', () => {
  let root: string
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'stamp-'))
    write('content/posts/a.mdx', '# A')
    write('app/page.tsx', 'export default 1')
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('changes when a post, a source file or a new file changes', () => {
    const before = fingerprint(root, 'server', {})
    write('content/posts/a.mdx', '# A, edited')
    const edited = fingerprint(root, 'server', {})
    write('lib/new.ts', 'export {}')
    const added = fingerprint(root, 'server', {})
    expect(new Set([before, edited, added]).size).toBe(3)
  })

  it('changes when a file is renamed, even with the same bytes', () => {
    const before = fingerprint(root, 'server', {})
    rmSync(path.join(root, 'content/posts/a.mdx'))
    write('content/posts/b.mdx', '# A')
    expect(fingerprint(root, 'server', {})).not.toBe(before)
  })

  it('ignores build output, caches and tests', () => {
    const before = fingerprint(root, 'server', {})
    for (const file of ['.next/BUILD_ID', 'out/index.html', 'public/pagefind/x.js', '.contentlayer/generated/x.json', 'node_modules/x/index.js', 'tests/x.test.ts', 'next-env.d.ts']) {
      write(file, 'generated')
    }
    expect(fingerprint(root, 'server', {})).toBe(before)
  })

  it('reads the site and Next settings from the environment, not the rest', () => {
    const before = fingerprint(root, 'server', { HOME: '/a' })
    expect(fingerprint(root, 'server', { HOME: '/b' })).toBe(before)
    expect(fingerprint(root, 'server', { SITE_URL: 'https://example.com' })).not.toBe(before)
    expect(fingerprint(root, 'server', { SITE_TIMEZONE: 'Asia/Ho_Chi_Minh' })).not.toBe(before)
    expect(fingerprint(root, 'export', {})).not.toBe(before)
  })
})

describe('staleBecause', () => {
  // Local times throughout: the rule compares days on the build machine's clock.
  const now = new Date(2026, 11, 5, 10)
  const stamp: BuildStamp = { target: 'server', fingerprint: 'f', day: localDay(now), finishedAt: '2026-12-05T09:00:00Z' }
  const build = { target: 'server', fingerprint: 'f', now }

  it('reuses a build of the same target, inputs and day', () => {
    expect(staleBecause(stamp, build)).toBeUndefined()
  })
  it('builds when there is no stamp, another target, other inputs or another day', () => {
    expect(staleBecause(undefined, build)).toMatch(/no finished build/)
    expect(staleBecause({ ...stamp, target: 'export' }, build)).toMatch(/export build/)
    expect(staleBecause(stamp, { ...build, fingerprint: 'g' })).toMatch(/changed/)
    expect(staleBecause(stamp, { ...build, now: new Date(2026, 11, 6, 10) })).toMatch(/date changed/)
  })
  it('builds once a scheduled post is due, not before', () => {
    const scheduled = { ...stamp, nextPublication: new Date(2026, 11, 5, 12).toISOString() }
    expect(staleBecause(scheduled, { ...build, now: new Date(2026, 11, 5, 11, 59, 59) })).toBeUndefined()
    expect(staleBecause(scheduled, { ...build, now: new Date(2026, 11, 5, 12) })).toMatch(/scheduled post/)
  })
})

describe('nextPublication', () => {
  it('is the earliest post dated after the build', () => {
    const builtAt = new Date('2026-12-05T00:00:00Z')
    expect(nextPublication(['2026-01-01T00:00:00Z', '2027-02-01T00:00:00Z', '2026-12-24T00:00:00Z'], builtAt)).toBe('2026-12-24T00:00:00.000Z')
    expect(nextPublication(['2026-01-01T00:00:00Z'], builtAt)).toBeUndefined()
  })
})
