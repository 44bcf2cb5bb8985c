import { expect, test } from '@playwright/test'

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/blog/mdx-field-guide', '/rss.xml', '/nowhere']) {
    const headers = (await request.get(path)).headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(csp, path).toContain("object-src 'none'")
    expect(csp, path).toMatch(/script-src 'self'/)
    expect(csp, path).not.toContain("'unsafe-eval'")
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
  }
})

test('the page runs under its policy with no CSP violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/blog/mdx-field-guide')
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search posts' }).fill('pgvector')
  await expect(page.getByRole('option').first()).toBeVisible()
  expect(violations).toEqual([])
})

test('external links in posts open safely', async ({ page }) => {
  await page.goto('/blog/mdx-field-guide')
  const external = page.locator('.prose a[href^="http"]')
  expect(await external.count()).toBeGreaterThan(0)
  for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel')))) {
    expect(rel).toBe('noopener noreferrer')
  }
})

test('inline scripts run only when the page was built with them', async ({ page }) => {
  await page.goto('/blog/mdx-field-guide')
  const policy = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/)
  expect(policy).not.toContain('unsafe-inline')
  // The page hydrated, so its own inline scripts were allowed…
  await page.getByRole('button', { name: 'Toggle dark mode' }).click()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  // …and an injected one is not.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return (window as unknown as { injected?: boolean }).injected === true
  })
  expect(ran).toBe(false)
})
