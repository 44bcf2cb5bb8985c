import { expect, test } from '@playwright/test'

// Junk and traversal paths must miss cleanly (400 or 404), never error and never leak a file.
const paths = [
  '/blog/..%2F..%2Fetc%2Fpasswd',
  '/blog/%2e%2e/%2e%2e/etc/passwd',
  '/blog/mdx-field-guide/..%2F..%2F..%2Fpackage.json',
  '/blog/mdx-field-guide/%2e%2e%2findex.mdx',
  '/tags/%00',
  '/tags/%E0%A4%A',
  '/tags/%',
  '/katex/..%2F..%2Fpackage.json',
  `/blog/${'a'.repeat(3000)}`,
  '/_next/static/..%2F..%2Fpackage.json',
]

for (const path of paths) {
  test(`${path.slice(0, 60)} answers 400 or 404`, async ({ request }) => {
    const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 })
    expect([400, 404]).toContain(response.status())
    const body = await response.text()
    expect(body).not.toContain('root:x:0:0')
    expect(body).not.toContain('"name": "minhvo-site"')
    expect(body).not.toContain('title: "A Field Guide')
  })
}
