#!/usr/bin/env node
// Renders /resume to a PDF with Debian's Chromium (the browser the tests use).
// Usage: npm run resume:pdf [-- --url http://127.0.0.1:3000] [--out public/resume.pdf] [--format A4|Letter]
// Without --url it serves the current production build (`npm run build` first) on a free loopback port.
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath, startNext } from './lib/browser.mjs'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'public/resume.pdf' },
    format: { type: 'string', default: 'A4' },
  },
})

const server = values.url ? undefined : await startNext({ path: '/resume' })
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  const page = await browser.newPage()
  await page.goto(`${values.url ?? server.url}/resume`, { waitUntil: 'load' })
  // The same margins as the stylesheet's @page rule, which page.pdf does not apply by itself.
  const margin = { top: '12mm', bottom: '12mm', left: '14mm', right: '14mm' }
  await page.pdf({ path: values.out, format: values.format, printBackground: true, margin })
  await browser.close()
  console.log(`résumé written to ${values.out} (${values.format})`)
} finally {
  server?.stop()
}
