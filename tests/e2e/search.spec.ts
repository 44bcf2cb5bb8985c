import { expect, test } from '@playwright/test'

test('a normal page view loads no search code or index', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto('/blog/mdx-field-guide')
  await page.waitForLoadState('networkidle')
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([])
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
  const before = new Set(scripts)

  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Search posts' }).fill('pgvector')
  await expect(page.getByRole('option').first()).toBeVisible()
  expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true)
  const loadedOnOpen = (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter(
    (name) => !before.has(name) && name.includes('/_next/static/'),
  )
  expect(loadedOnOpen.length).toBeGreaterThan(0)
})

test('search opens with the header button and Cmd/Ctrl-K, and is driven by the keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: /^Search/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Search' })
  await expect(dialog).toBeVisible()
  const box = dialog.getByRole('combobox', { name: 'Search posts' })
  await expect(box).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.keyboard.press('Meta+k')
  await expect(dialog).toBeVisible()
  await box.fill('row-level security')
  const options = dialog.getByRole('option')
  await expect(options.first()).toContainText('One Database, Many Tenants')
  await expect(options.first().locator('mark').first()).toBeVisible()

  await box.press('ArrowDown')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!)
  await box.press('Enter')
  await expect(page).toHaveURL(/\/blog\/multi-tenant-rag-row-level-security$/)
})

test('search covers titles, tags, headings and body text, and says when nothing matches', async ({ page }) => {
  await page.goto('/search')
  const box = page.getByRole('combobox', { name: 'Search posts' })
  const cases: [query: string, expected: string][] = [
    ['Field Guide', 'A Field Guide to Writing Posts on This Site'],
    ['llava', 'GPT-4V vs LLaVA'],
    ['Long lines', 'A Field Guide to Writing Posts on This Site'],
    ['reciprocal', 'RAG on Postgres with pgvector'],
  ]
  for (const [query, expected] of cases) {
    await box.fill(query)
    await expect(page.getByRole('option').filter({ hasText: expected }).first(), query).toBeVisible()
  }
  await box.fill('жжж')
  await expect(page.getByRole('status')).toHaveText('No posts match “жжж”.')
  await expect(page.getByRole('option')).toHaveCount(0)
})

test('/search?q= is linkable and keeps the URL in step with the query', async ({ page }) => {
  await page.goto('/search?q=azure')
  const box = page.getByRole('combobox', { name: 'Search posts' })
  await expect(box).toHaveValue('azure')
  await expect(page.getByRole('option').filter({ hasText: 'Shipping an Enterprise AI Assistant on Azure' })).toBeVisible()
  await box.fill('hnsw')
  await expect(page).toHaveURL(/\/search\?q=hnsw$/)
  await expect(page.getByRole('option').first()).toContainText('pgvector')
})

test('drafts are not searchable', async ({ page }) => {
  await page.goto('/search?q=agent%20memory')
  await expect(page.getByRole('option').filter({ hasText: 'Notes on Agent Memory' })).toHaveCount(0)
})
