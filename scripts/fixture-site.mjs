#!/usr/bin/env node
// The whole site built from a fixture instead of content/: tests/fixtures/sites/<name>/content
// is copied into a sandbox (.sandbox/site-<name>) and built with `npm run build`, with the
// variables in tests/fixtures/sites/<name>/site.env (KEY=value lines) set for the build and server.
// Usage: node scripts/fixture-site.mjs build <name>
//        node scripts/fixture-site.mjs serve <name> <port>   (builds first when there is no build)
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { projectCopy, root } from './lib/sandbox.mjs'

const [command, name, port] = process.argv.slice(2)
const fixture = path.join(root, 'tests/fixtures/sites', name ?? '')
if (!['build', 'serve'].includes(command) || !name || !existsSync(fixture) || (command === 'serve' && !port)) {
  console.error('usage: node scripts/fixture-site.mjs build <name> | serve <name> <port>  (a folder under tests/fixtures/sites)')
  process.exit(2)
}
const dir = path.join(root, '.sandbox', `site-${name}`)

function fixtureEnv() {
  const file = path.join(fixture, 'site.env')
  if (!existsSync(file)) return {}
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^\w+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]),
  )
}

// Contentlayer finds the project through PWD, not the process's working directory.
const env = { ...process.env, ...fixtureEnv(), PWD: dir, NEXT_TELEMETRY_DISABLED: '1' }

function build() {
  projectCopy(`site-${name}`)
  cpSync(path.join(fixture, 'content'), path.join(dir, 'content'), { recursive: true })
  console.log(`› building the "${name}" fixture site in ${path.relative(root, dir)}`)
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, env, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (command === 'build' || !existsSync(path.join(dir, '.next', 'BUILD_ID'))) build()
if (command === 'serve') {
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', port], { cwd: dir, env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}
