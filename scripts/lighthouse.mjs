#!/usr/bin/env node
// Lighthouse 12.2.3 (mobile preset) in Debian's Chromium against the production server:
// home, a long post with code and math, and a tag page. Prints the median of N runs of
// the four category scores and LCP / TBT / CLS. Usage: npm run lighthouse [-- --runs 3]
// Needs `npm run build` first.
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumPath, startNext } from './lib/browser.mjs'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Number(values.runs)
const pages = { home: '/', 'long post (code, math)': '/blog/mdx-field-guide', 'tag page': '/tags/rag' }
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

const server = await startNext()
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] })
try {
  console.log(`Lighthouse 12.2.3, mobile preset, median of ${runs} run(s), next start on loopback\n`)
  console.log('page'.padEnd(24), 'perf  a11y  best  seo    LCP ms  TBT ms  CLS')
  for (const [name, path] of Object.entries(pages)) {
    const results = []
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories })
      results.push(lhr)
    }
    const score = (id) => Math.round(median(results.map((lhr) => lhr.categories[id].score)) * 100)
    const metric = (id) => median(results.map((lhr) => lhr.audits[id].numericValue))
    console.log(
      name.padEnd(24),
      categories.map((id) => String(score(id)).padStart(4)).join('  '),
      '  ',
      String(Math.round(metric('largest-contentful-paint'))).padStart(6),
      String(Math.round(metric('total-blocking-time'))).padStart(7),
      metric('cumulative-layout-shift').toFixed(3).padStart(6),
    )
  }
} finally {
  await chrome.kill()
  server.stop()
}
