import { expect, test } from '@playwright/test'

test('the theme toggle persists across a reload with no flash of the other theme', async ({ page }) => {
  // Record the theme at the moment the header is parsed, before any app script has run:
  // a theme applied later (after hydration) would show up here as a flash.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('header')) return
      ;(window as unknown as { themeAtFirstParse: string }).themeAtFirstParse = document.documentElement.className
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const lightBackground = await background()

  await page.getByRole('button', { name: 'Toggle dark mode' }).click()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  expect(await background()).not.toBe(lightBackground)

  await page.reload()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstParse: string }).themeAtFirstParse)).toMatch(/\bdark\b/)

  await page.getByRole('button', { name: 'Toggle dark mode' }).click()
  await page.reload()
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
  expect(await background()).toBe(lightBackground)
})
