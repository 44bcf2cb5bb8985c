#!/usr/bin/env node
// Benchmark: full-text search at scale. Builds a Pagefind index over N synthetic
// post pages, serves it on loopback, and measures in Chromium, per query, the
// bytes one search transfers and the time to its first result (cold: new browser
// context each time). Prints medians. Usage: node scripts/bench-search.mjs [--posts 5000]
import { execFileSync, execSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.mjs'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '5000' } } })
const count = Number(values.posts)
const words = 'model vector index tenant prompt stream token latency cache retrieval embedding schema router fallback budget agent eval judge chunk rerank query cluster shard replica queue worker'.split(' ')
const pick = (seed, n) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ')

const site = mkdtempSync(path.join(tmpdir(), 'bench-search-'))
mkdirSync(path.join(site, 'blog'))
for (let i = 0; i < count; i++) {
  const paragraphs = Array.from({ length: 6 }, (_, p) => `<p>${pick(i + p, 60)} post${i} section${p}</p>`).join('')
  writeFileSync(
    path.join(site, 'blog', `post-${i}.html`),
    `<!doctype html><html lang="en"><head><title>Post ${i}</title></head><body><main><article data-pagefind-body><h1>Post ${i}: ${pick(i, 4)}</h1><h2>${pick(i + 1, 3)}</h2>${paragraphs}</article></main></body></html>`,
  )
}
writeFileSync(path.join(site, 'index.html'), '<!doctype html><html lang="en"><head><title>bench</title></head><body></body></html>')

const started = Date.now()
execFileSync(path.join('node_modules', '.bin', 'pagefind'), ['--site', site, '--silent'])
const indexSeconds = (Date.now() - started) / 1000
const bundleBytes = Number(execSync(`du -sb ${path.join(site, 'pagefind')}`).toString().split('\t')[0])

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' }
const server = createServer((request, response) => {
  const file = path.join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname))
  try {
    if (!file.startsWith(site) || !statSync(file).isFile()) throw new Error('not found')
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  } catch {
    response.writeHead(404).end()
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
const queries = ['tenant', 'retrieval latency', 'post4242', 'rerank chunk', 'vector', 'fallback budget', 'shard replica']
const runs = []
for (const query of queries) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}/index.html`)
  // Count every response the search causes, including the index chunks its web worker fetches.
  const sizes = []
  context.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)))
  const result = await page.evaluate(async (q) => {
    const t0 = performance.now()
    const pagefind = await import('/pagefind/pagefind.js')
    await pagefind.init()
    const search = await pagefind.search(q)
    const first = search.results[0] ? await search.results[0].data() : null
    const ms = performance.now() - t0
    return { ms, hits: search.results.length, title: first?.meta?.title ?? null }
  }, query)
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
  runs.push({ query, bytes, ...result })
  await context.close()
}
await browser.close()
server.close()
rmSync(site, { recursive: true, force: true })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.log(`posts indexed:            ${count}`)
console.log(`index time:               ${indexSeconds.toFixed(1)} s`)
console.log(`index on disk (all):      ${(bundleBytes / 1024 / 1024).toFixed(1)} MiB`)
for (const run of runs) console.log(`  "${run.query}": ${run.hits} hits, ${(run.bytes / 1024).toFixed(0)} KiB, ${run.ms.toFixed(0)} ms to first result`)
console.log(`median bytes per query:   ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(0)} KiB (cold, includes runtime + wasm)`)
console.log(`median time to result:    ${median(runs.map((r) => r.ms)).toFixed(0)} ms (cold, loopback)`)
