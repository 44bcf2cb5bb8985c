// Shared by the maintainer scripts: Debian's Chromium and the production server on a free loopback port.
import { execSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'

/** Flags this machine's Chromium needs: no sandbox as root, and no background network traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function chromiumPath() {
  const found = execSync('command -v chromium || command -v chromium-browser || true', { shell: '/bin/sh' }).toString().trim()
  if (!found) throw new Error('Chromium is not installed: apt-get install -y chromium')
  return found
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Runs `command` (given the port as its last argument) in `cwd` on 127.0.0.1; resolves once `path` answers. */
async function startServer(name, command, { cwd, path }) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(command[0], [...command.slice(1), String(port)], { cwd, stdio: 'ignore', detached: true })
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited in ${cwd}; run the build first`)
    try {
      if ((await fetch(url + path)).ok) return { url, stop }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  stop()
  throw new Error(`${name} at ${url} did not answer`)
}

/** `next start` for the build in `cwd` (default: this project); resolves once it answers. */
export function startNext({ cwd = process.cwd(), path = '/' } = {}) {
  return startServer('next start', ['npx', 'next', 'start', '-H', '127.0.0.1', '-p'], { cwd, path })
}

/** nginx with deploy/nginx.conf over the static export in `cwd`/out; resolves once it answers. */
export function startStatic({ cwd = process.cwd(), path = '/' } = {}) {
  return startServer('nginx', ['bash', 'scripts/serve-static.sh'], { cwd, path })
}
