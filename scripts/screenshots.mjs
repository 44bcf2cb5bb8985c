#!/usr/bin/env node
// Maintainer tool: screenshots of the running site at phone and desktop widths, light and dark.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.mjs'

const [base = 'http://127.0.0.1:3000', outDir = 'screenshots', ...paths] = process.argv.slice(2)
const routes = paths.length ? paths : ['/', '/blog', '/tags']
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } }

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
for (const [device, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: device === 'phone' ? 2 : 1 })
    for (const route of routes) {
      await page.goto(new URL(route, base).toString(), { waitUntil: 'load' })
      const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'
      await page.screenshot({ path: `${outDir}/${name}-${device}-${colorScheme}.png`, fullPage: process.env.FULL === '1' })
    }
    await page.close()
  }
}
await browser.close()
console.log(`screenshots written to ${outDir}/`)
