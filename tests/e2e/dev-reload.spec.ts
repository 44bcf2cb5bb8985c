import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { snapshot } from '../snapshot'

/**
 * The author's loop: with `npm run dev` running, saving an .mdx file updates the
 * page already open in the browser, without a restart or a manual reload.
 * The probe post is created by the test and removed after it, whatever happens.
 */
const port = 3200
const base = `http://127.0.0.1:${port}`
const probe = path.join('content', 'posts', 'zz-hot-reload-probe.mdx')

function post(title: string, body: string) {
  return ['---', `title: "${title}"`, 'description: "Written by the hot reload test."', 'date: 2025-01-01', 'draft: true', '---', '', body, ''].join('\n')
}

let dev: ChildProcess | undefined

/** The author's files other than the probe, with their bytes. */
function authorFiles(): Record<string, string> {
  const files = snapshot('content')
  delete files[path.relative('content', probe)]
  return files
}

test.afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
  rmSync(probe, { force: true })
})

test('saving a post updates the open page in npm run dev', async ({ page }) => {
  test.setTimeout(240_000)
  const before = authorFiles()
  writeFileSync(probe, post('Hot reload probe', 'The first version.'))
  // The same two processes `npm run dev` starts, bound to loopback on a test port.
  dev = spawn('npx', ['concurrently', '--kill-others', 'node scripts/content.mjs --watch', `next dev -H 127.0.0.1 -p ${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  await expect
    .poll(async () => (await fetch(`${base}/blog/zz-hot-reload-probe`).catch(() => undefined))?.status, { timeout: 180_000, intervals: [1000] })
    .toBe(200)

  await page.goto(`${base}/blog/zz-hot-reload-probe`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hot reload probe')
  await expect(page.getByText('Draft', { exact: true })).toBeVisible()
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))

  writeFileSync(probe, post('Hot reload probe, edited', 'The second version.'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hot reload probe, edited', { timeout: 60_000 })
  await expect(page.getByText('The second version.')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  // Dev reads the author's files and writes only its own output.
  expect(authorFiles()).toEqual(before)
})
