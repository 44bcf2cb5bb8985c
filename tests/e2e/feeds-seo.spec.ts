import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect, test, type Page } from '@playwright/test'
import Parser from 'rss-parser'

async function blogTitles(page: Page): Promise<string[]> {
  const titles: string[] = []
  for (const path of ['/blog', '/blog/page/2']) {
    await page.goto(path)
    titles.push(...(await page.locator('main article h2').allTextContents()))
  }
  return titles
}

test('RSS, Atom and JSON Feed hold the newest published posts (all of them, while there are under 20), with full content', async ({ page, request }) => {
  const titles = await blogTitles(page)
  const parser = new Parser<object, { 'content:encoded'?: string; content?: string }>({ customFields: { item: ['content:encoded'] } })
  for (const [path, type] of [
    ['/rss.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
  ] as const) {
    const response = await request.get(path)
    expect(response.headers()['content-type']).toContain(type)
    const xml = await response.text()
    expect(XMLValidator.validate(xml), path).toBe(true)
    const feed = await parser.parseString(xml)
    expect(feed.items.map((item) => item.title), path).toEqual(titles)
    const guide = feed.items.find((item) => item.title === 'A Field Guide to Writing Posts on This Site')!
    const html = guide['content:encoded'] ?? guide.content ?? ''
    expect(html, path).toContain('data-rehype-pretty-code-figure')
    expect(html, path).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/blog\/mdx-field-guide\/pipeline\.png"|src="http[^"]+\/blog\/mdx-field-guide\/pipeline\.png"/)
  }

  const json = await request.get('/feed.json')
  expect(json.headers()['content-type']).toContain('application/feed+json')
  const feed = await json.json()
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed.items.map((item: { title: string }) => item.title)).toEqual(titles)
  expect(feed.items[0].content_html).toContain('<')
})

test('every page advertises the site feeds; a tag page also its own', async ({ page, request }) => {
  for (const path of ['/', '/blog', '/about', '/blog/mdx-field-guide']) {
    await page.goto(path)
    for (const [type, href] of [
      ['application/rss+xml', '/rss.xml'],
      ['application/atom+xml', '/atom.xml'],
      ['application/feed+json', '/feed.json'],
    ]) {
      await expect(page.locator(`head link[rel="alternate"][type="${type}"][href$="${href}"]`), `${path} ${type}`).toHaveCount(1)
    }
  }
  await page.goto('/tags/rag')
  const tagFeed = page.locator('head link[rel="alternate"][type="application/rss+xml"][href$="/tags/rag/rss.xml"]')
  await expect(tagFeed).toHaveCount(1)
  await expect(page.getByRole('link', { name: 'RSS feed for #rag' })).toHaveAttribute('href', '/tags/rag/rss.xml')
  const feed = await new Parser().parseString(await (await request.get('/tags/rag/rss.xml')).text())
  const tagPosts = await page.locator('main article h2').allTextContents()
  expect(feed.items.map((item) => item.title)).toEqual(tagPosts)
  expect(feed.title).toContain('#rag')
})

test('the sitemap lists every published page with lastmod, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: http\S+\/sitemap\.xml/)
  const xml = await (await request.get('/sitemap.xml')).text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const urls: { loc: string; lastmod?: string }[] = [new XMLParser().parse(xml).urlset.url].flat()
  const paths = urls.map((url) => new URL(url.loc).pathname)
  for (const path of ['/', '/blog', '/blog/page/2', '/blog/mdx-field-guide', '/tags', '/tags/rag', '/projects', '/about', '/resume']) {
    expect(paths, path).toContain(path)
  }
  expect(paths).toContain(encodeURI('/tags/học-máy'))
  expect(paths.some((path) => path.includes('notes-on-agent-memory'))).toBe(false)
  const post = urls.find((url) => url.loc.endsWith('/blog/rag-with-pgvector-schema-hnsw-hybrid-search'))!
  expect(post.lastmod).toMatch(/^2025-02-03/)
  for (const { loc } of urls) expect((await request.get(new URL(loc).pathname)).status(), loc).toBe(200)
})

test('every page has a canonical URL, OpenGraph and Twitter cards; posts are articles', async ({ page }) => {
  for (const path of ['/', '/blog', '/tags', '/tags/rag', '/projects', '/about', '/resume', '/blog/mdx-field-guide']) {
    await page.goto(path)
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical!).pathname, path).toBe(path)
    await expect(page.locator('head meta[property="og:title"]'), path).toHaveCount(1)
    await expect(page.locator('head meta[property="og:image"]'), path).toHaveCount(1)
    await expect(page.locator('head meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image')
  }
  await page.goto('/blog/mdx-field-guide')
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('head meta[property="article:published_time"]')).toHaveAttribute('content', /^2026-11-28/)
  await expect(page.locator('head meta[property="article:tag"]')).toHaveCount(3)
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', /\/blog\/mdx-field-guide\/og\.png$/)
})

function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('social images are 1200×630 PNGs, including emoji and Vietnamese titles', async ({ request }) => {
  for (const path of ['/og.png', '/blog/mdx-field-guide/og.png', '/tags/rag/og.png', `/tags/${encodeURIComponent('học-máy')}/og.png`]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 })
  }
})

test('every page names its icon, and the icon is served as SVG', async ({ page, request }) => {
  for (const path of ['/', '/blog/mdx-field-guide']) {
    await page.goto(path)
    const href = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(href, path).toMatch(/^\/icon\.svg/)
    const response = await request.get(href!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('image/svg+xml')
    expect(await response.text()).toContain('<svg')
  }
})

test('JSON-LD: BlogPosting and BreadcrumbList on posts, Person and WebSite on home', async ({ page }) => {
  const read = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => [JSON.parse(text)].flat())
  await page.goto('/blog/mdx-field-guide')
  const post = await read()
  const posting = post.find((item) => item['@type'] === 'BlogPosting')
  expect(posting).toMatchObject({
    headline: 'A Field Guide to Writing Posts on This Site',
    datePublished: expect.stringMatching(/^2026-11-28/),
    author: { '@type': 'Person', name: 'Minh Vo' },
    keywords: 'nextjs, typescript, mdx',
    image: expect.stringMatching(/\/blog\/mdx-field-guide\/og\.png$/),
    url: expect.stringMatching(/\/blog\/mdx-field-guide$/),
  })
  expect(posting.dateModified).toBeTruthy()
  const crumbs = post.find((item) => item['@type'] === 'BreadcrumbList')
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['MinhVo', 'Blog', 'A Field Guide to Writing Posts on This Site'])

  await page.goto('/')
  const types = (await read()).map((item) => item['@type'])
  expect(types).toEqual(expect.arrayContaining(['Person', 'WebSite']))
})

test('a post links up to three related posts and its neighbours', async ({ page }) => {
  await page.goto('/blog/multi-tenant-rag-row-level-security')
  const related = page.locator('section[aria-labelledby="related"] li a')
  await expect(related).toHaveCount(3)
  await expect(related.first()).toHaveText('RAG on Postgres with pgvector: Schema, HNSW Indexes and Hybrid Search')
  const more = page.getByRole('navigation', { name: 'More posts' })
  await expect(more.locator('a[rel="prev"]')).toContainText('Where the Model Lives')
  await expect(more.locator('a[rel="next"]')).toContainText('Orchestrating LLMs Across Providers')
})
