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

const port = Number(process.env.E2E_PORT ?? 3100)
export const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production server built by `npm run build`; Playwright starts it and stops it after the run.
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
