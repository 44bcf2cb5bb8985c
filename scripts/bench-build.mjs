#!/usr/bin/env node
// Build benchmark: N synthetic posts (prose, headings, two code blocks, tags from a pool)
// in a throwaway copy of the project, then: a cold `npm run build`, a second build with
// nothing changed (kept as it is), the same forced to render again, a build after editing
// one post, and how long `npm run dev` takes to show an edited post. Prints wall time,
// peak memory (whole process tree) and pages/s.
// Usage: npm run bench -- --posts 1000
import { execSync, spawn } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { parseArgs } from 'node:util'
import { freePort } from './lib/browser.mjs'
import { projectCopy, removeSandbox, root } from './lib/sandbox.mjs'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } } })
const count = Number(values.posts)
const tags = ['rag', 'llm', 'pgvector', 'nextjs', 'react', 'typescript', 'azure', 'evaluation', 'agents', 'vision', 'multimodal', 'postgres', 'orchestration', 'caching', 'streaming', 'security', 'testing', 'design', 'infra', 'career']
const words = 'the model reads a chunk and the router picks a provider while the cache keeps tokens cheap and the index stays warm for every tenant query'.split(' ')
const sentence = (seed, n = 18) => Array.from({ length: n }, (_, i) => words[(seed * 31 + i * 7) % words.length]).join(' ')

function post(i) {
  const date = new Date(Date.UTC(2020, 0, 1) + i * 36e5 * 7).toISOString().slice(0, 10)
  const paragraphs = (seed) => Array.from({ length: 3 }, (_, p) => `${sentence(seed + p)[0].toUpperCase()}${sentence(seed + p).slice(1)}.`).join('\n\n')
  return `---
title: "Synthetic post ${i}: ${sentence(i, 4)}"
description: "A generated post for the build benchmark, number ${i}."
date: ${date}
tags: [${tags[i % tags.length]}, ${tags[(i * 7 + 3) % tags.length]}]
---

${paragraphs(i)}

## Setting the scene

${paragraphs(i + 1)}

\`\`\`ts
export function score${i}(query: string, k = ${i % 10 + 1}): number {
  return query.split(' ').filter(Boolean).length * k
}
\`\`\`

## What happened next

${paragraphs(i + 2)}

\`\`\`sql
SELECT id, content FROM chunks WHERE tenant_id = $1 ORDER BY embedding <=> $2 LIMIT ${i % 20 + 5};
\`\`\`

${paragraphs(i + 3)}
`
}

function sandbox() {
  const dir = projectCopy(`bench-${count}`)
  for (const entry of ['projects', 'experience', 'skills.yaml']) cpSync(path.join(root, 'content', entry), path.join(dir, 'content', entry), { recursive: true })
  mkdirSync(path.join(dir, 'content', 'posts'), { recursive: true })
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, 'content', 'posts', `synthetic-${i}.mdx`), post(i))
  return dir
}

/** Sum of resident memory of a process and all its descendants, in bytes. */
function treeRss(pid) {
  const out = execSync('ps -e -o pid=,ppid=,rss=').toString().trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number))
  const children = new Map()
  for (const [p, parent] of out) children.set(parent, [...(children.get(parent) ?? []), p])
  const rss = new Map(out.map(([p, , kb]) => [p, kb * 1024]))
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()
    total += rss.get(p) ?? 0
    stack.push(...(children.get(p) ?? []))
  }
  return total
}

function run(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PWD: cwd, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let peak = 0
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200)
    child.on('close', (code) => {
      clearInterval(timer)
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${stderr.slice(-2000)}`))
      else resolve({ seconds: (performance.now() - started) / 1000, peak })
    })
  })
}

function pages(dir) {
  return readdirSync(path.join(dir, '.next', 'server', 'app'), { recursive: true }).filter((name) => name.endsWith('.html')).length
}

/**
 * Compressed bytes of the prerendered /blog, a tag page and a post, and of the JS a
 * post page loads: none should grow with the number of posts.
 */
function pageWeights(dir) {
  const app = path.join(dir, '.next', 'server', 'app')
  const gzipKB = (file) => (gzipSync(readFileSync(file)).length / 1024).toFixed(1)
  const post = path.join(app, 'blog', 'synthetic-0.html')
  // Modern browsers skip the noModule polyfills, so they are not counted.
  const scripts = [...readFileSync(post, 'utf8').matchAll(/<script src="\/_next\/([^"]+)"(?![^>]*noModule)/g)].map(([, src]) => path.join(dir, '.next', src))
  const scriptKB = (scripts.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) / 1024).toFixed(1)
  return `/blog ${gzipKB(path.join(app, 'blog.html'))} KB   /tags/rag ${gzipKB(path.join(app, 'tags', 'rag.html'))} KB   post ${gzipKB(post)} KB   post JS ${scriptKB} KB (${scripts.length} files)`
}

async function devUpdateSeconds(dir) {
  const port = await freePort()
  const dev = spawn('npx', ['concurrently', '--kill-others', 'node scripts/content.mjs --watch', `next dev -H 127.0.0.1 -p ${port}`], {
    cwd: dir, detached: true, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PWD: dir },
  })
  const url = `http://127.0.0.1:${port}/blog/synthetic-0`
  const until = async (predicate, timeoutMs) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      try {
        const response = await fetch(url)
        if (predicate(await response.text())) return
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error('dev server did not show the change in time')
  }
  try {
    await until((html) => html.includes('Synthetic post 0'), 300_000)
    const file = path.join(dir, 'content', 'posts', 'synthetic-0.mdx')
    const started = performance.now()
    writeFileSync(file, readFileSync(file, 'utf8').replace('Synthetic post 0', 'Edited post 0'))
    await until((html) => html.includes('Edited post 0'), 120_000)
    return (performance.now() - started) / 1000
  } finally {
    process.kill(-dev.pid, 'SIGTERM')
    // Wait for the whole process group, not only its leader: next dev's server flushes its cache as it exits.
    for (let i = 0; i < 300; i++) {
      try {
        process.kill(-dev.pid, 0)
      } catch {
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

const dir = sandbox()
console.log(`bench: ${count} synthetic posts in ${dir}`)
const fmt = ({ seconds, peak }, n) =>
  `${seconds.toFixed(1).padStart(7)} s   peak ${(peak / 1024 / 1024 / 1024).toFixed(2)} GiB   ${(n / seconds).toFixed(1).padStart(6)} pages/s`
try {
  const cold = await run('npm', ['run', '--silent', 'build'], dir)
  const n = pages(dir)
  console.log(`pages built:          ${n}`)
  console.log(`cold build:           ${fmt(cold, n)}`)
  console.log(`page weight (gzip):   ${pageWeights(dir)}`)
  const warm = await run('npm', ['run', '--silent', 'build'], dir)
  console.log(`unchanged rebuild:    ${fmt(warm, n)}   (${((warm.seconds / cold.seconds) * 100).toFixed(0)}% of cold)`)
  // The same inputs rendered again anyway: what the caches alone (content, social cards) save.
  const forced = await run('npm', ['run', '--silent', 'build', '--', '--force'], dir)
  console.log(`unchanged, --force:   ${fmt(forced, n)}   (${((forced.seconds / cold.seconds) * 100).toFixed(0)}% of cold)`)
  appendFileSync(path.join(dir, 'content', 'posts', 'synthetic-1.mdx'), '\nOne more paragraph, added by the benchmark.\n')
  const edited = await run('npm', ['run', '--silent', 'build'], dir)
  console.log(`one post edited:      ${fmt(edited, n)}`)
  console.log(`dev, edit to page:    ${(await devUpdateSeconds(dir)).toFixed(1).padStart(7)} s`)
} finally {
  if (!values.keep) removeSandbox(dir)
}
