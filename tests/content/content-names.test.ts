import { describe, expect, it } from 'vitest'
import { buildContent } from './sandbox'

/**
 * File names need not be URL-safe: a post's slug is its path below posts/, run
 * through the same slug rule as tags (README, "Writing a post"). Date-only values
 * mean midnight of that day in the site's time zone, a date-time without a zone is
 * read on the site's clock, and one with a zone is kept as written.
 */
describe('file names and dates in the content build', { timeout: 120_000 }, () => {
  const posts = async (timeZone: string) => {
    // The author's laptop clock (TZ) must not matter; only the site's time zone does.
    const build = await buildContent('content-names', { SITE_TIMEZONE: timeZone, TZ: 'America/New_York' })
    expect(build.status, build.output).toBe(0)
    expect(build.after).toEqual(build.before)
    return Object.fromEntries(build.documents('Post').map((post) => [post.slug, post.date]))
  }

  it('normalises spaces, capitals, subfolders and NFD names into slugs', async () => {
    expect(Object.keys(await posts('UTC')).sort()).toEqual(['học-máy', 'my-first-post', 'nested-folder-notes-v2', 'wall-clock'])
  })

  it('reads a date-only value as that day in the site time zone', async () => {
    expect(await posts('UTC')).toEqual({
      'my-first-post': '2025-03-14T00:00:00Z',
      'nested-folder-notes-v2': '2025-03-14T23:30:00.000Z',
      'học-máy': '2025-03-15T00:00:00Z',
      'wall-clock': '2025-03-14T09:30:00Z',
    })
    expect(await posts('Asia/Ho_Chi_Minh')).toEqual({
      'my-first-post': '2025-03-13T17:00:00Z',
      'nested-folder-notes-v2': '2025-03-14T23:30:00.000Z',
      'học-máy': '2025-03-14T17:00:00Z',
      'wall-clock': '2025-03-14T02:30:00Z',
    })
  })
})
