import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'

/**
 * The site built from tests/fixtures/sites/empty (scripts/fixture-site.mjs): the
 * owner's first day, with skills but no posts, projects or experience. The build
 * passes and every page says calmly that there is nothing yet.
 */
const calm: { path: string; says: string | RegExp }[] = [
  { path: '/', says: 'Nothing here yet. The first post is on its way.' },
  { path: '/blog', says: 'Nothing here yet. The first post is on its way.' },
  { path: '/tags', says: 'No tags yet.' },
  { path: '/projects', says: 'No projects written up yet.' },
]

for (const { path, says } of calm) {
  test(`${path} shows an empty state and no accessibility violations`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('main')).toContainText(says)
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
}

test('about and résumé leave out the sections that have nothing in them', async ({ page }) => {
  for (const path of ['/about', '/resume']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { name: 'Skills' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Experience' })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Selected projects' })).toHaveCount(0)
  }
})

test('feeds are valid and empty; the sitemap lists only the pages that exist', async ({ request }) => {
  for (const path of ['/rss.xml', '/atom.xml']) {
    const xml = await (await request.get(path)).text()
    expect(XMLValidator.validate(xml), path).toBe(true)
    const feed = await new Parser().parseString(xml)
    expect(feed.title, path).toBe('MinhVo')
    expect(feed.items, path).toEqual([])
  }
  expect((await (await request.get('/feed.json')).json()).items).toEqual([])

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(XMLValidator.validate(sitemap)).toBe(true)
  const urls = [new XMLParser().parse(sitemap).urlset.url].flat().map((entry: { loc: string }) => new URL(entry.loc).pathname)
  expect(urls).toEqual(['/', '/blog', '/tags', '/projects', '/about', '/resume'])
  expect((await request.get('/blog/page/2')).status()).toBe(404)
})

test('search says there is nothing to find', async ({ page }) => {
  await page.goto('/search?q=minh')
  await expect(page.getByText('No posts match “minh”.')).toBeVisible()
  await expect(page.getByRole('option')).toHaveCount(0)
})
