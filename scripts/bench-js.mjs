#!/usr/bin/env node
// JavaScript budget: the compressed JS a post page loads, next to a bare Next.js page
// built with the same Next version, measured side by side in Chromium.
// Usage: npm run bench:js   (needs `npm run build` first; builds the bare app in a temp folder)
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath, startNext } from './lib/browser.mjs'
import { removeSandbox, root } from './lib/sandbox.mjs'

const BUDGET_KB = 15

/** A bare app inside the project (.sandbox/, ignored by git), so it builds with this project's Next. */
function bareApp() {
  const dir = path.join(root, '.sandbox', 'bare-next')
  removeSandbox(dir)
  mkdirSync(path.join(dir, 'app'), { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {}\n')
  writeFileSync(path.join(dir, 'app', 'layout.js'), 'export default function L({ children }) { return <html lang="en"><body>{children}</body></html> }\n')
  writeFileSync(path.join(dir, 'app', 'page.js'), 'export default function P() { return <p>Hello</p> }\n')
  execFileSync('npx', ['next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  return dir
}

/** Bytes of JavaScript (as transferred, gzip) that loading `url` fetches. */
async function scriptBytes(browser, url) {
  const page = await browser.newPage()
  const sizes = []
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') sizes.push(request.sizes().then((size) => size.responseBodySize))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
  await page.close()
  return { total, count: sizes.length }
}

const bareDir = bareApp()
const bare = await startNext({ cwd: bareDir })
const site = await startNext()
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
try {
  const kb = (bytes) => (bytes / 1024).toFixed(1)
  const results = {
    'bare Next.js page': await scriptBytes(browser, bare.url),
    'home': await scriptBytes(browser, `${site.url}/`),
    'post (code, math, TOC)': await scriptBytes(browser, `${site.url}/blog/mdx-field-guide`),
    'blog list': await scriptBytes(browser, `${site.url}/blog`),
  }
  const base = results['bare Next.js page'].total
  console.log('page'.padEnd(26), 'JS (gzip)'.padStart(10), 'files'.padStart(6), 'vs bare'.padStart(9))
  for (const [name, { total, count }] of Object.entries(results)) {
    console.log(name.padEnd(26), `${kb(total)} KB`.padStart(10), String(count).padStart(6), `${total >= base ? '+' : ''}${kb(total - base)} KB`.padStart(9))
  }
  const extra = (results['post (code, math, TOC)'].total - base) / 1024
  console.log(`\npost page over bare Next.js: ${extra.toFixed(1)} KB (budget ${BUDGET_KB} KB): ${extra <= BUDGET_KB ? 'within budget' : 'OVER BUDGET'}`)
} finally {
  await browser.close()
  bare.stop()
  site.stop()
  removeSandbox(bareDir)
}
