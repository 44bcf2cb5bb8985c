import { expect, test } from '@playwright/test'

test('home → blog → post → tag → back', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'MinhVo' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Minh Vo' })).toBeVisible()
  await expect(page.getByText('Slaying code & making it lit fr fr 🔥')).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click()
  await expect(page).toHaveURL(/\/blog$/)
  const firstPost = page.locator('main article h2 a').first()
  const title = (await firstPost.textContent())!.trim()
  await firstPost.click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByText('By MinhVo')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to blogs' })).toHaveAttribute('href', '/blog')
  await expect(page).toHaveURL(/\/blog\/[^/]+$/)
  const postUrl = page.url()

  const tag = page.getByRole('list', { name: 'Tags' }).getByRole('link').first()
  const tagName = (await tag.textContent())!.replace(/^#/, '').trim()
  await tag.click()
  await expect(page).toHaveURL(/\/tags\/[^/]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(tagName)
  await expect(page.locator('main article h2 a', { hasText: title })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(postUrl)
  await page.getByRole('link', { name: 'Back to blogs' }).click()
  await expect(page).toHaveURL(/\/blog$/)
})

test('the blog paginates ten posts a page with older and newer links', async ({ page }) => {
  await page.goto('/blog')
  const titles = page.locator('main article h2')
  await expect(titles).toHaveCount(10)
  const firstPage = await titles.allTextContents()

  await page.getByRole('link', { name: 'Older posts' }).click()
  await expect(page).toHaveURL(/\/blog\/page\/2$/)
  const secondPage = await titles.allTextContents()
  expect(secondPage.length).toBeGreaterThan(0)
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([])

  await page.getByRole('link', { name: 'Newer posts' }).click()
  await expect(page).toHaveURL(/\/blog$/)
})

test('a list page ships only its own posts, so its weight does not grow with the blog', async ({ page, request }) => {
  await page.goto('/blog/page/2')
  const slugs = (await page.locator('main article h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map((href) =>
    href.replace('/blog/', ''),
  )
  expect(slugs.length).toBeGreaterThan(0)
  // Neither in the HTML nor in the RSC payload Next inlines for hydration.
  const firstPage = await (await request.get('/blog')).text()
  for (const slug of slugs) expect(firstPage).not.toContain(slug)
})

test('the tag index lists every tag with a count; Unicode tag and post URLs work', async ({ page, request }) => {
  await page.goto('/tags')
  const tag = page.getByRole('list', { name: 'All tags' }).getByRole('link', { name: /học máy/ })
  await expect(tag).toHaveAttribute('href', '/tags/học-máy')
  await tag.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#học máy')
  await expect(page.locator('main article')).not.toHaveCount(0)

  const title = 'Giải thích RAG cho đồng nghiệp không làm AI'
  await page.getByRole('link', { name: title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe('/blog/giải-thích-rag-cho-đồng-nghiệp')
  expect((await request.get(`/blog/${encodeURIComponent('giải-thích-rag-cho-đồng-nghiệp')}`)).status()).toBe(200)
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`/blog/${encodeURIComponent('giải-thích-rag-cho-đồng-nghiệp')}</loc>`)
})

test('unknown posts, tags and pages answer 404 with the designed page', async ({ page }) => {
  for (const path of ['/blog/no-such-post', '/tags/no-such-tag', '/blog/page/99', '/blog/page/1', '/nowhere']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: 'This page wandered off' })).toBeVisible()
  }
})
