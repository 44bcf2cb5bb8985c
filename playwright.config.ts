import { execSync } from 'node:child_process'
import { defineConfig, devices } from '@playwright/test'

/** Debian's Chromium: Playwright never downloads a browser on this project's machines. */
function chromiumPath(): string {
  const path = execSync('command -v chromium || command -v chromium-browser || true', { shell: '/bin/sh' })
    .toString()
    .trim()
  if (!path) throw new Error('Chromium is not installed: run `npm run test:all`, which installs it, or `apt-get install -y chromium`.')
  return path
}

/** The same suite runs against both deploy targets: the Next server and the static export behind nginx. */
const serverPort = Number(process.env.E2E_SERVER_PORT ?? 3100)
const staticPort = Number(process.env.E2E_STATIC_PORT ?? 3300)
const serverURL = `http://127.0.0.1:${serverPort}`
const staticURL = `http://127.0.0.1:${staticPort}`

/** Whole sites built from tests/fixtures/sites/<name> (scripts/fixture-site.mjs), each with its own spec. */
const fixtureSites = [
  { name: 'hostile', port: Number(process.env.E2E_HOSTILE_PORT ?? 3400) },
  { name: 'empty', port: Number(process.env.E2E_EMPTY_PORT ?? 3500) },
]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'server', use: { ...devices['Desktop Chrome'], baseURL: serverURL }, testIgnore: [/nginx\.spec/, /sites\//] },
    // The author's dev loop is tested once, against `next dev`, in the server project.
    { name: 'static', use: { ...devices['Desktop Chrome'], baseURL: staticURL }, testIgnore: [/dev-reload\.spec/, /sites\//] },
    ...fixtureSites.map(({ name, port }) => ({
      name,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}` },
      testMatch: new RegExp(`sites/${name}\\.spec\\.ts$`),
    })),
  ],
  // Playwright starts both and stops them after the run: `next start` on the build from
  // `npm run build`, and nginx with deploy/nginx.conf on the export from `npm run export`.
  webServer: [
    { command: `npx next start -H 127.0.0.1 -p ${serverPort}`, url: serverURL, reuseExistingServer: false, timeout: 60_000 },
    { command: `bash scripts/serve-static.sh ${staticPort}`, url: staticURL, reuseExistingServer: false, timeout: 180_000 },
    // `npm run test:all` builds the fixture sites first; on their own they build here, which takes minutes.
    ...fixtureSites.map(({ name, port }) => ({
      command: `node scripts/fixture-site.mjs serve ${name} ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 600_000,
    })),
  ],
})
