import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { durationMonths, formatDuration } from '@/lib/timeline'

/** Pages in a PDF: its page objects, as Chromium writes them. */
function pdfPageCount(pdf: Buffer): number {
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}

test('about shows the timeline newest first, with durations, awards and skills', async ({ page }) => {
  await page.goto('/about')
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible()
  const roles = page.locator('#experience + ol > li')
  await expect(roles).toHaveCount(2)
  await expect(roles.nth(0).getByRole('heading')).toHaveText('AI Engineer at Neurond AI')
  const current = formatDuration(durationMonths({ start: '2025-05', end: 'present' }, new Date()))
  await expect(roles.nth(0)).toContainText(`May 2025 – Present · ${current}`)
  await expect(roles.nth(1)).toContainText('Sep 2019 – Apr 2025 · 5 yrs 8 mos')
  await expect(roles.nth(1).getByRole('list', { name: 'Awards' })).toHaveText(/Hero of the Year, 2021/)
  await expect(page.locator('#skills + dl dt')).toHaveText(['Languages', 'Frameworks', 'AI & LLM', 'Cloud & infrastructure'])
  for (const name of ['GitHub', 'LinkedIn', 'Email']) {
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible()
  }
})

test.describe('projects filter', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`filters by stack ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto('/projects')
      const cards = page.locator('main article')
      await expect(cards).toHaveCount(4)
      const filter = page.getByRole('navigation', { name: 'Filter projects by stack' })
      await expect(filter.getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page')

      await filter.getByRole('link', { name: /^Azure \d+$/ }).click()
      await expect(page).toHaveURL(/\/projects\/stack\/azure$/)
      await expect(filter.getByRole('link', { name: /^Azure \d+$/ })).toHaveAttribute('aria-current', 'page')
      await expect(cards).toHaveCount(1)
      await expect(cards.first()).toContainText('Azure')

      await filter.getByRole('link', { name: /^React \d+$/ }).click()
      await expect(cards).toHaveCount(3)
      for (const card of await cards.all()) await expect(card.getByRole('list', { name: 'Stack' })).toContainText('React')
      await context.close()
    })
  }
})

test('a project page renders its MDX body and links back', async ({ page }) => {
  await page.goto('/projects')
  await page.getByRole('link', { name: 'Enterprise AI Assistant Platform' }).click()
  await expect(page).toHaveURL(/\/projects\/enterprise-ai-assistant-platform$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enterprise AI Assistant Platform')
  await expect(page.locator('.prose h2').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Case study' })).toHaveAttribute('href', /^\/blog\//)
  await page.getByRole('link', { name: 'All projects' }).click()
  await expect(page).toHaveURL(/\/projects$/)
})

test('home shows the featured projects', async ({ page }) => {
  await page.goto('/')
  const featured = page.locator('section[aria-labelledby="featured"] article')
  await expect(featured).not.toHaveCount(0)
  await expect(featured.filter({ hasText: 'Enterprise AI Assistant Platform' })).toHaveCount(1)
})

test('the résumé prints without site chrome, in the light theme, with link addresses visible', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/resume')
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/resume.pdf')

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Toggle dark mode' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  const contact = page.getByRole('list', { name: 'Contact' })
  await expect(contact).toContainText('github.com/')
  await expect(contact).toContainText('@')
  const colors = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('h1')!).color,
    background: getComputedStyle(document.body).backgroundColor,
  }))
  expect(colors).toEqual({ text: expect.stringMatching(/^(rgb|oklab|lab|oklch)\(/), background: 'rgb(255, 255, 255)' })
  expect(colors.text).not.toBe('rgb(255, 255, 255)')
})

test('the résumé renders to a one-page PDF on A4 and Letter, and the site offers it', async ({ request }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!
  const dir = mkdtempSync(join(tmpdir(), 'resume-'))
  for (const format of ['A4', 'Letter']) {
    const out = join(dir, `${format}.pdf`)
    execFileSync('node', ['scripts/resume-pdf.mjs', '--url', baseURL, '--out', out, '--format', format])
    expect(pdfPageCount(readFileSync(out)), format).toBe(1)
  }
  const served = await request.get('/resume.pdf')
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('application/pdf')
  expect(pdfPageCount(await served.body())).toBe(1)
})
