#!/usr/bin/env node
// Creates content/posts/<slug>.mdx with valid frontmatter (today's date, draft: true).
// Usage: npm run new-post -- "My Title"
// It only ever creates one new file, and refuses when a post with that slug exists.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const title = process.argv.slice(2).join(' ').trim()
if (!title) {
  console.error('Usage: npm run new-post -- "My Title"')
  process.exit(1)
}

/** ASCII slug for the file name and URL: "Học máy & RAG!" → "hoc-may-rag". */
function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const slug = slugify(title)
if (!slug) {
  console.error(`Cannot make a file name from "${title}": use a title with some letters or digits.`)
  process.exit(1)
}

const dir = path.join('content', 'posts')
const file = path.join(dir, `${slug}.mdx`)
const existing = [file, path.join(dir, slug, 'index.mdx')].find((candidate) => existsSync(candidate))
if (existing) {
  console.error(`${existing} already exists; nothing was written. Choose another title, or edit that post.`)
  process.exit(1)
}

const today = new Date().toISOString().slice(0, 10)
const frontmatter = [
  '---',
  `title: ${JSON.stringify(title)}`,
  'description: "One sentence that tells a reader why this post is worth their time."',
  `date: ${today}`,
  'tags: []',
  'draft: true',
  '---',
  '',
  'Start writing here. The post is a draft: it shows in `npm run dev` and stays out of production builds until you remove `draft: true`.',
  '',
]
mkdirSync(dir, { recursive: true })
// 'wx' fails if the file appeared meanwhile: never overwrite an author's post.
writeFileSync(file, frontmatter.join('\n'), { flag: 'wx' })
console.log(file)
