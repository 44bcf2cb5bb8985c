#!/usr/bin/env node
// Pins every prerendered page's inline scripts by hash. Next inlines its RSC payload
// (and next-themes its no-flash script) into each page, so a site-wide header cannot
// list them; this writes a per-page <meta> policy, first in <head>, allowing only
// 'self' and the sha256 of each inline script that page was built with. Run after
// a build: node scripts/csp-hashes.mjs out   (export)  |  .next/server/app   (server)
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const MARKER = 'data-csp="hashes"'
const dir = process.argv[2]
if (!dir) {
  console.error('Usage: node scripts/csp-hashes.mjs <folder of built .html files>')
  process.exit(1)
}

let pages = 0
for (const name of readdirSync(dir, { recursive: true })) {
  if (!name.endsWith('.html')) continue
  const file = path.join(dir, name)
  const html = readFileSync(file, 'utf8').replace(new RegExp(`<meta ${MARKER}[^>]*>`), '')
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  const policy = `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].join(' ')}`.trim()
  const meta = `<meta ${MARKER} http-equiv="Content-Security-Policy" content="${policy}">`
  if (!html.includes('<head>')) continue
  writeFileSync(file, html.replace('<head>', `<head>${meta}`))
  pages++
}
console.log(`CSP script hashes written into ${pages} pages in ${dir}`)
