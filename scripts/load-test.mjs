#!/usr/bin/env node
// Load test, loopback only and bounded: the same post page served by `next start` and by
// nginx over the static export, one target after the other, with a fixed number of
// connections for a fixed time. Prints requests per second (median of each second),
// latency percentiles and every error or non-2xx answer; exits non-zero on any.
// Usage: npm run load-test -- [--seconds 10] [--connections 10] [--path /blog/mdx-field-guide]
// Needs `npm run export` and then `npm run build` first (both use .next; the server build last).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startNext, startStatic } from './lib/browser.mjs'
import { root } from './lib/sandbox.mjs'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    path: { type: 'string', default: '/blog/mdx-field-guide' },
  },
})
const seconds = Math.min(Number(values.seconds), 60)
const connections = Math.min(Number(values.connections), 100)
for (const [file, command] of [['.next/BUILD_ID', 'npm run build'], ['out/index.html', 'npm run export']]) {
  if (!existsSync(path.join(root, file))) throw new Error(`no ${file}: run ${command} first`)
}

async function load(name, base) {
  // Compressed, as a browser asks for it.
  const result = await autocannon({ url: base + values.path, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } })
  const failures = result.errors + result.timeouts + result.non2xx
  const why = failures ? ` (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx: ${JSON.stringify(result.statusCodeStats)})` : ''
  console.log(
    `${name.padEnd(22)} ${String(Math.round(result.requests.p50)).padStart(6)} req/s   latency p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${result.requests.total} requests, ${failures} failed${why}`,
  )
  return failures
}

console.log(`load test: ${values.path}, ${connections} connections for ${seconds} s per target, on 127.0.0.1`)
let failures = 0
for (const [name, start] of [['next start', () => startNext({ cwd: root })], ['nginx (static export)', () => startStatic({ cwd: root })]]) {
  const server = await start()
  try {
    failures += await load(name, server.url)
  } finally {
    server.stop()
  }
}
process.exit(failures === 0 ? 0 : 1)
