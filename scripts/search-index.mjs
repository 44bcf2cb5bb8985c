#!/usr/bin/env node
// Builds the Pagefind index from the prerendered post pages only: the pages that mark
// their article with data-pagefind-body. (Pagefind's CLI indexes every page of a site in
// which no page has that mark, so a site without posts would find its home and résumé.)
// Usage: node scripts/search-index.mjs <site dir> <output dir>
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'

const [site, output] = process.argv.slice(2)
if (!site || !output) {
  console.error('usage: node scripts/search-index.mjs <site dir> <output dir>')
  process.exit(2)
}

const fail = (errors) => {
  console.error(`search index: ${errors.join('; ')}`)
  process.exit(1)
}

const { index, errors } = await pagefind.createIndex()
if (!index) fail(errors)
let pages = 0
for (const name of readdirSync(site, { recursive: true })) {
  if (!name.endsWith('.html')) continue
  const content = readFileSync(path.join(site, name), 'utf8')
  if (!content.includes('data-pagefind-body')) continue
  // The URL as the file would be served; lib/search.ts strips `.html` for links.
  const added = await index.addHTMLFile({ url: `/${name.split(path.sep).map(encodeURIComponent).join('/')}`, content })
  if (added.errors.length) fail(added.errors)
  pages++
}
rmSync(output, { recursive: true, force: true })
const written = await index.writeFiles({ outputPath: output })
if (written.errors.length) fail(written.errors)
await pagefind.close()
console.log(`search index: ${pages} posts in ${output}`)
