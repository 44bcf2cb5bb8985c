import { expect, test } from '@playwright/test'

const GUIDE = '/blog/mdx-field-guide'

test.describe('code blocks', () => {
  test('carry a title, line numbers, line and word highlights, diff marks and a language', async ({ page }) => {
    await page.goto(GUIDE)
    const titled = page.locator('figure[data-rehype-pretty-code-figure]').filter({ has: page.locator('[data-rehype-pretty-code-title]') })
    await expect(titled.locator('[data-rehype-pretty-code-title]')).toHaveText('lib/llm/complete.ts')
    await expect(titled.locator('code')).toHaveAttribute('data-line-numbers', '')
    await expect(titled.locator('[data-highlighted-line]')).toHaveCount(3)
    await expect(titled.locator('[data-highlighted-chars]')).toHaveText(['retry', 'retry', 'retry'])
    await expect(titled.locator('pre')).toHaveAttribute('data-language', 'ts')

    const diff = page.locator('pre[data-language="diff"]')
    await expect(diff.locator('.diff-remove')).toHaveCount(1)
    await expect(diff.locator('.diff-add')).toHaveCount(1)

    // Both themes are in the markup as CSS variables: no highlighter runs in the browser.
    const token = titled.locator('code span[style*="--shiki-dark"]').first()
    await expect(token).toHaveAttribute('style', /--shiki-light:#[0-9A-Fa-f]{6}/)
  })

  test('the copy button copies the code, is reachable by keyboard and announces success', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(GUIDE)
    const figure = page.locator('figure[data-rehype-pretty-code-figure]').filter({ has: page.locator('pre[data-language="diff"]') })
    const button = figure.getByRole('button', { name: 'Copy code' })
    await button.focus()
    await expect(button).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(figure.getByRole('status')).toHaveText('Copied to clipboard')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(
      [
        '- const results = await Promise.all(queries.map(search))',
        '+ const results = await mapWithConcurrency(queries, 4, search)',
        '  return results.flat()',
      ].join('\n'),
    )
  })

  test('long lines scroll inside the block, never the page, on a phone', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } })
    await page.goto(GUIDE)
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      pre: [...document.querySelectorAll('pre')].map((pre) => pre.scrollWidth > pre.clientWidth),
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.viewport)
    expect(widths.pre).toContain(true)
    await page.close()
  })
})

test('GFM, footnotes and math render; KaTeX CSS loads only where there is math', async ({ page }) => {
  await page.goto(GUIDE)
  const prose = page.locator('.prose')
  await expect(prose.locator('table th')).toHaveText(['Retrieval step', 'Typical cost', 'What to watch'])
  await expect(prose.locator('input[type="checkbox"]')).toHaveCount(3)
  await expect(prose.locator('del')).toHaveText('strikethrough')
  await expect(prose.locator('a[href="https://nextjs.org"]')).toBeVisible()
  await expect(prose.locator('section[data-footnotes] li')).toHaveCount(1)
  await expect(prose.locator('.katex')).toHaveCount(2)
  await expect(prose.locator('.katex-display')).toHaveCount(1)
  await expect(page.locator('head link[rel="stylesheet"][href="/katex/katex.min.css"]')).toHaveCount(1)
  const katexFont = await page.evaluate(() => getComputedStyle(document.querySelector('.katex')!).fontFamily)
  expect(katexFont).toContain('KaTeX_Main')

  await page.goto('/blog/evaluating-rag-answers')
  await expect(page.locator('link[href="/katex/katex.min.css"]')).toHaveCount(0)
})

test('headings have stable ids and anchor links, and the table of contents follows the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(GUIDE)
  const heading = page.locator('.prose h2#math')
  await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', '#math')

  const toc = page.getByRole('navigation', { name: 'On this page' })
  await expect(toc).toBeVisible()
  await expect(toc.getByRole('link')).toContainText(['Code blocks', 'Titles, line numbers and highlights', 'Math', 'Images', 'Components'])
  await expect(toc.getByRole('link', { name: 'Footnotes' })).toHaveCount(0)

  await toc.getByRole('link', { name: 'Images' }).click()
  await expect(page).toHaveURL(/#images$/)
  await expect(toc.getByRole('link', { name: 'Images' })).toHaveAttribute('aria-current', 'location')
  await expect(toc.locator('[aria-current]')).toHaveCount(1)
})

test('on a phone the table of contents is a collapsed disclosure above the text', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await page.goto(GUIDE)
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden()
  const disclosure = page.locator('details.toc-mobile')
  await expect(disclosure).not.toHaveAttribute('open', '')
  await disclosure.locator('summary').click()
  await expect(disclosure.getByRole('link', { name: 'Math' })).toBeVisible()
  await page.close()
})

test('images load with their intrinsic size, alt text, captions and lazy loading', async ({ page }) => {
  await page.goto(GUIDE)
  const beside = page.locator('.prose figure img[alt^="Three boxes in a row"]')
  await expect(beside).toHaveAttribute('width', '1200')
  await expect(beside).toHaveAttribute('height', '520')
  await expect(beside).toHaveAttribute('loading', 'lazy')
  await expect(page.locator('.prose figure:has(img) figcaption')).toHaveText('Posts travel from content/ through Contentlayer into static pages.')
  const absolute = page.locator('.prose img[alt^="Five grey lines"]')
  await expect(absolute).toHaveAttribute('width', '960')
  for (const image of [beside, absolute]) {
    await image.scrollIntoViewIfNeeded()
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  }
})

test('post components render without imports', async ({ page }) => {
  await page.goto(GUIDE)
  await expect(page.locator('[data-callout]')).toHaveCount(3)
  await expect(page.locator('[data-callout="tip"]')).toContainText('Try it')
  await expect(page.locator('.prose kbd')).toHaveText(['Ctrl', 'K'])
  const details = page.locator('.prose details')
  await expect(details.locator('summary')).toHaveText('Show the frontmatter this post starts with')
  await expect(details.locator('pre')).toBeHidden()
  await details.locator('summary').click()
  await expect(details.locator('pre')).toBeVisible()
})

test('reading time and word count are shown on the post', async ({ page }) => {
  await page.goto(GUIDE)
  const header = page.getByRole('article').locator('header').first()
  await expect(header.getByText(/^\d+ min read$/)).toBeVisible()
  await expect(header.getByText(/^[\d,]+ words$/)).toBeVisible()
})

test('a draft is nowhere in a production build', async ({ page, request }) => {
  const slug = 'notes-on-agent-memory'
  expect((await request.get(`/blog/${slug}`)).status()).toBe(404)
  for (const path of ['/', '/blog', '/blog/page/2', '/tags/llm', '/tags/rag']) {
    await page.goto(path)
    await expect(page.locator(`a[href="/blog/${slug}"]`), path).toHaveCount(0)
  }
  const rss = await (await request.get('/rss.xml')).text()
  expect(rss).not.toContain(slug)
  expect(rss).not.toContain('Agent Memory')
})
