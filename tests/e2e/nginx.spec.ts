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

// Two builds of the same content, minutes apart: `npm run export` (served here by nginx) and
// `npm run build` (served by `next start` for the server project).
test('two builds of the same content give byte-identical feeds and sitemap', async ({ request }) => {
  const server = `http://127.0.0.1:${process.env.E2E_SERVER_PORT ?? 3100}`
  for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/tags/rag/rss.xml', `/tags/${encodeURIComponent('học-máy')}/rss.xml`]) {
    const exported = await (await request.get(path)).body()
    const built = await (await request.get(server + path)).body()
    expect(exported.length, path).toBeGreaterThan(200)
    expect(exported.equals(built), path).toBe(true)
  }
})
