import { availableParallelism } from 'node:os'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

/**
 * One codebase, two deploy targets: `npm run build` makes the Next server build;
 * `npm run export` (NEXT_OUTPUT=export) writes plain files to out/ for nginx or a CDN.
 * Both build in .next, so run `npm run build` again after an export before `npm start`.
 */
const staticExport = process.env.NEXT_OUTPUT === 'export'

/** Sent by `next start`; deploy/nginx.conf sends the same for the export. */
export const securityHeaders = [
  {
    key: 'Content-Security-Policy',
    value:
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
]

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run test:all` type-checks once; doing it again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Keep `next dev` from writing agent files into the author's tree.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    // Static generation gets one worker per core, not Next's default of one fewer: on a
    // 2-core machine that is two workers instead of one (measured by `npm run bench`).
    cpus: availableParallelism(),
    // Inlining renders every route's segments a second time to weigh them for bundling
    // prefetches; without it links prefetch segment by segment, as before Next 16, and
    // 1,000 posts prerender in 38 s instead of 45 s. Every phase, so `next start` matches the build.
    prefetchInlining: false,
  },
  ...(staticExport
    ? { output: 'export', images: { unoptimized: true } }
    : { headers: async () => [{ source: '/:path*', headers: securityHeaders }] }),
}

/**
 * Production builds skip server source maps: with 1,000 posts the content chunk's map is
 * 44 MB, and every prerender worker parsed it (peak memory 1.94 → 1.68 GiB, measured by
 * `npm run bench`). `next dev` keeps them for readable stack traces.
 */
export default function config(phase: string): NextConfig {
  if (phase !== PHASE_PRODUCTION_BUILD) return nextConfig
  return { ...nextConfig, enablePrerenderSourceMaps: false, experimental: { ...nextConfig.experimental, turbopackSourceMaps: false } }
}
