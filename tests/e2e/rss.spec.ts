import { expect, test } from '@playwright/test'
import Parser from 'rss-parser'

test('the header RSS link answers a parseable RSS feed of every post, newest first', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.getByRole('banner').getByRole('link', { name: 'rss feed' }).getAttribute('href')
  expect(href).toBe('/rss.xml')
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    /\/rss\.xml$/,
  )

  const response = await request.get(href!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const feed = await new Parser<object, { 'content:encoded': string }>({ customFields: { item: ['content:encoded'] } }).parseString(await response.text())

  const blogTitles: string[] = []
  for (const path of ['/blog', '/blog/page/2']) {
    await page.goto(path)
    blogTitles.push(...(await page.locator('main article h2').allTextContents()))
  }
  expect(feed.items.map((item) => item.title)).toEqual(blogTitles)
  const dates = feed.items.map((item) => Date.parse(item.isoDate!))
  expect(dates).toEqual([...dates].sort((a, b) => b - a))
  for (const item of feed.items) {
    expect(item['content:encoded']).toMatch(/<p>/)
    // Slugs may be Vietnamese: the link is percent-encoded, and decodes to letters, digits and hyphens.
    expect(decodeURIComponent(new URL(item.link!).pathname)).toMatch(/^\/blog\/[\p{Ll}\p{M}\p{N}-]+$/u)
  }
})
