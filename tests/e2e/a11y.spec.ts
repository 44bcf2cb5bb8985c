import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const pages: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'blog', path: '/blog' },
  { name: 'post with code, math and TOC', path: '/blog/mdx-field-guide' },
  { name: 'tags', path: '/tags' },
  { name: 'tag page', path: '/tags/rag' },
  { name: 'about', path: '/about' },
  { name: 'projects', path: '/projects' },
  { name: 'project', path: '/projects/enterprise-ai-assistant-platform' },
  { name: 'résumé', path: '/resume' },
  { name: '404', path: '/no-such-page' },
  {
    name: 'search open',
    path: '/',
    prepare: async (page) => {
      await page.keyboard.press('Control+k')
      await page.getByRole('combobox', { name: 'Search posts' }).fill('pgvector')
      await expect(page.getByRole('option').first()).toBeVisible()
    },
  },
]

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const { name, path, prepare } of pages) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path)
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
        await prepare?.(page)
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
        const summary = results.violations.map((violation) => ({
          id: violation.id,
          nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1] ?? ''}`),
        }))
        expect(summary).toEqual([])
      })
    }
  })
}

test('a skip link leads to the content, and focus is visible', async ({ page }) => {
  await page.goto('/blog/mdx-field-guide')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#content$/)
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
  expect(outline).not.toBe('none')
})

test('reduced motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/')
  const duration = await page.getByRole('link', { name: 'Blog' }).first().evaluate((link) => getComputedStyle(link).transitionDuration)
  expect(parseFloat(duration)).toBeLessThan(0.001)
})
