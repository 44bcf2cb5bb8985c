import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { snapshot } from '../../snapshot'

/**
 * The site built from tests/fixtures/sites/hostile (scripts/fixture-site.mjs), with
 * SITE_TIMEZONE=Asia/Ho_Chi_Minh: markup, quotes, right-to-left and invisible
 * characters in titles, descriptions, tags and bodies; Unicode and awkward file
 * names; same-day and zone-sensitive dates; a draft, a scheduled post, and exactly
 * one full page (10) of published posts.
 */
const MARKUP = {
  slug: 'script-and-markup',
  title: `</script><script>window.__pwned = "title"</script> & "quotes" 'too'`,
  description: `<img src=x onerror="window.__pwned='description'"> Fish & Chips &amp; &lt;b&gt;`,
  tags: ['<svg onload=alert(1)>', 'R&D'],
}
const RTL_TITLE = 'مرحبا بالعالم · שלום עולם'
const INVISIBLE_TITLE = 'Zero\u200Bwidth\u200D joiner\uFEFF and 👩🏽‍💻 emoji'
const NEWEST_FIRST = [
  'An evening in UTC',
  'Date only',
  'Same day, slug a',
  'Same day, slug b',
  MARKUP.title,
  RTL_TITLE,
  INVISIBLE_TITLE,
  'A post whose file name has capitals and spaces',
  'Học máy cơ bản',
  'The same tag in another Unicode form',
]

/** Fails the test if anything the content holds ran or became an element. */
function guard(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`)
  })
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
    await expect(page.locator('img[src="x"], [onerror], [onload], iframe, svg[onload]')).toHaveCount(0)
    const injected = await page.locator('script').evaluateAll((scripts) => scripts.filter((script) => script.textContent?.startsWith('window.__pwned')).length)
    expect(injected).toBe(0)
  }
}

test('titles, descriptions, tags and bodies holding markup render as the text written', async ({ page }) => {
  const nothingInjected = guard(page)
  await page.goto(`/blog/${MARKUP.slug}`)
  expect(await page.locator('main h1').textContent()).toBe(MARKUP.title)
  expect(await page.locator('main header p[dir="auto"]').textContent()).toBe(MARKUP.description)
  expect(await page.title()).toBe(`${MARKUP.title} · MinhVo`)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', MARKUP.description)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${MARKUP.title} · MinhVo`)
  for (const tag of MARKUP.tags) await expect(page.locator('main header').getByRole('link', { name: tag, exact: true })).toBeVisible()

  const body = (await page.locator('main .prose').textContent()) ?? ''
  expect(body).toContain('Type <script>alert(1)</script> into a comment box')
  expect(body).toContain(`An expression holding markup is text too: <img src=x onerror="window.__pwned='body'">`)
  expect(body).toContain('Entities stay entities: <iframe src="//evil.example"> and AT&T.')
  expect(body).toContain("<script>window.__pwned = 'code'</script>")

  const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '')))
  const posting = jsonLd.find((data) => data['@type'] === 'BlogPosting')
  expect(posting).toMatchObject({ headline: MARKUP.title, description: MARKUP.description })
  expect(jsonLd.find((data) => data['@type'] === 'BreadcrumbList').itemListElement.at(-1).name).toBe(MARKUP.title)
  await nothingInjected()

  for (const path of ['/', '/blog', '/tags', '/tags/svg-onload-alert-1', '/tags/r-d']) {
    await page.goto(path)
    await nothingInjected()
  }
  await page.goto('/tags')
  await expect(page.getByRole('link', { name: /<svg onload=alert\(1\)>/ })).toHaveAttribute('href', '/tags/svg-onload-alert-1')
  await page.goto('/tags/svg-onload-alert-1')
  await expect(page.locator('main h1')).toContainText('<svg onload=alert(1)>')
  expect(await page.locator('main article h2').allTextContents()).toEqual([MARKUP.title])
})

test('feeds carry the same text, escaped, and stay valid', async ({ request }) => {
  const parser = new Parser<object, { 'content:encoded'?: string }>({ customFields: { item: ['content:encoded'] } })
  for (const path of ['/rss.xml', '/atom.xml', '/tags/svg-onload-alert-1/rss.xml']) {
    const xml = await (await request.get(path)).text()
    expect(XMLValidator.validate(xml), path).toBe(true)
    const item = (await parser.parseString(xml)).items.find((entry) => entry.title === MARKUP.title)
    expect(item, path).toBeDefined()
    const html = item!['content:encoded'] ?? item!.content ?? ''
    expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html, path).not.toContain('<script>alert(1)')
    expect(html, path).not.toContain('<img src="x"')
  }
  const rss = await parser.parseString(await (await request.get('/rss.xml')).text())
  expect(rss.items.find((item) => item.title === MARKUP.title)?.categories).toEqual(MARKUP.tags)
  expect((await parser.parseString(await (await request.get('/tags/svg-onload-alert-1/rss.xml')).text())).title).toBe('MinhVo · #<svg onload=alert(1)>')

  const json = await (await request.get('/feed.json')).json()
  const item = json.items.find((entry: { title: string }) => entry.title === MARKUP.title)
  expect(item).toMatchObject({ summary: MARKUP.description, tags: MARKUP.tags })
  expect(json.items.map((entry: { title: string }) => entry.title)).toEqual(NEWEST_FIRST)
})

test('social images render for hostile titles and tags', async ({ request }) => {
  for (const path of [`/blog/${MARKUP.slug}/og.png`, '/tags/svg-onload-alert-1/og.png', `/blog/zero-width/og.png`, '/blog/right-to-left/og.png']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toBe('image/png')
    const png = await response.body()
    // Width and height sit in the IHDR chunk, right after the 8-byte signature and chunk header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630])
  }
})

test('search finds hostile posts and shows their text as text', async ({ page }) => {
  const nothingInjected = guard(page)
  await page.goto('/search?q=Chips')
  const result = page.getByRole('option').first()
  await expect(result).toContainText(MARKUP.title)
  await page.getByRole('combobox', { name: 'Search posts' }).fill('comment box')
  await expect(page.getByRole('option').first()).toContainText('<script>alert(1)</script>')
  await nothingInjected()
})

test('right-to-left and invisible characters read exactly as written', async ({ page, request }) => {
  await page.goto('/blog/right-to-left')
  const heading = page.locator('main h1')
  expect(await heading.textContent()).toBe(RTL_TITLE)
  expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')

  await page.goto('/blog/zero-width')
  expect(await page.locator('main h1').textContent()).toBe(INVISIBLE_TITLE)
  expect(await page.locator('main header p[dir="auto"]').textContent()).toBe('Invisible characters\u200B are kept exactly as written 🔥')
  expect(await page.locator('main .prose').textContent()).toContain('Soft\u00ADhyphen, zero\u200Bwidth space, joiner\u200D and a right-to-left mark\u200F stay')
  const json = await (await request.get('/feed.json')).json()
  expect(json.items.map((item: { title: string }) => item.title)).toContain(INVISIBLE_TITLE)
})

test('Vietnamese and awkward file names become working URLs; NFD and case variants are one tag', async ({ page, request }) => {
  await page.goto('/blog')
  await page.getByRole('link', { name: 'Học máy cơ bản', exact: true }).click()
  await expect(page.locator('main h1')).toHaveText('Học máy cơ bản')
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe('/blog/học-máy-cơ-bản')

  await page.locator('main header').getByRole('link', { name: 'Học Máy', exact: true }).click()
  // A client-side navigation: wait for it rather than read the URL at once.
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe('/tags/học-máy')
  await expect(page.locator('main h1')).toContainText('Học Máy')
  expect(await page.locator('main article h2').allTextContents()).toEqual(['Học máy cơ bản', 'The same tag in another Unicode form'])

  await page.goto('/blog/capital-letters-and-spaces')
  await expect(page.locator('main h1')).toHaveText('A post whose file name has capitals and spaces')
  await expect(page.locator('main header').getByRole('list', { name: 'Tags' })).toHaveCount(0)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/blog/${encodeURIComponent('học-máy-cơ-bản')}</loc>`)
  expect(sitemap).toContain('/blog/capital-letters-and-spaces</loc>')
})

test('dates: a date-only value is that day in the site time zone, same-day posts sort by slug', async ({ page, request }) => {
  await page.goto('/blog')
  expect(await page.locator('main article h2').allTextContents()).toEqual(NEWEST_FIRST)
  const shown = async (title: string) => page.locator('main article', { has: page.getByRole('link', { name: title, exact: true }) }).locator('time').first().textContent()
  expect(await shown('Date only')).toBe('March 2, 2026')
  expect(await shown('An evening in UTC')).toBe('March 2, 2026')
  expect(await shown('Same day, slug a')).toBe('March 1, 2026')

  const rss = await new Parser().parseString(await (await request.get('/rss.xml')).text())
  expect(rss.items.find((item) => item.title === 'Date only')?.pubDate).toBe('Sun, 01 Mar 2026 17:00:00 GMT')
  const json = await (await request.get('/feed.json')).json()
  expect(json.items.find((item: { title: string }) => item.title === 'Date only').date_published).toBe('2026-03-01T17:00:00.000Z')
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toMatch(/\/blog\/date-only<\/loc>\s*<lastmod>2026-03-01T17:00:00(\.000)?Z<\/lastmod>/)
})

test('exactly one full page of posts has no page 2; drafts and scheduled posts stay out', async ({ page, request }) => {
  await page.goto('/blog')
  await expect(page.locator('main article')).toHaveCount(10)
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
  expect((await request.get('/blog/page/2')).status()).toBe(404)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).not.toContain('/blog/page/')
  for (const slug of ['unfinished', 'scheduled']) {
    expect((await request.get(`/blog/${slug}`)).status(), slug).toBe(404)
    expect(sitemap).not.toContain(`/blog/${slug}<`)
  }
  expect(await (await request.get('/rss.xml')).text()).not.toMatch(/An unfinished draft|A scheduled post/)
})

test('the build left every content file exactly as the author wrote it', () => {
  const root = path.resolve(import.meta.dirname, '../../..')
  const written = snapshot(path.join(root, 'tests/fixtures/sites/hostile/content'))
  expect(Object.keys(written).length).toBe(13)
  expect(snapshot(path.join(root, '.sandbox/site-hostile/content'))).toEqual(written)
})
