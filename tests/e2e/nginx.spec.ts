import { expect, test } from '@playwright/test'

// Runs in the `static` project only (see playwright.config.ts): what deploy/nginx.conf adds.
test('nginx: gzip, long-lived hashed assets, revalidated HTML, real 404s', async ({ request, page }) => {
  const home = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } })
  expect(home.headers()['content-encoding']).toBe('gzip')
  expect(home.headers()['cache-control']).toBe('no-cache')

  await page.goto('/')
  const asset = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).find((name) => name.includes('/_next/static/')))
  const cached = await request.get(new URL(asset!).pathname)
  expect(cached.headers()['cache-control']).toBe('max-age=31536000')

  const missing = await request.get('/blog/no-such-post')
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toContain('This page wandered off')
})
