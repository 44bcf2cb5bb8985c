#!/usr/bin/env node
// Renders /resume to a PDF with Debian's Chromium (the browser the tests use).
// Usage: npm run resume:pdf [-- --url http://127.0.0.1:3000] [--out public/resume.pdf] [--format A4|Letter]
// Without --url it serves the current production build (`npm run build` first) on a free loopback port.
import { execSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'public/resume.pdf' },
    format: { type: 'string', default: 'A4' },
  },
})

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitFor(url, server) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error('next start exited; run `npm run build` first')
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer`)
}

let server
let base = values.url
if (!base) {
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' })
}
try {
  if (server) await waitFor(`${base}/resume`, server)
  const browser = await chromium.launch({
    executablePath: execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const page = await browser.newPage()
  await page.goto(`${base}/resume`, { waitUntil: 'load' })
  // The same margins as the stylesheet's @page rule, which page.pdf does not apply by itself.
  const margin = { top: '12mm', bottom: '12mm', left: '14mm', right: '14mm' }
  await page.pdf({ path: values.out, format: values.format, printBackground: true, margin })
  await browser.close()
  console.log(`résumé written to ${values.out} (${values.format})`)
} finally {
  server?.kill()
}
