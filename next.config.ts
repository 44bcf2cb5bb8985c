import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run test:all` type-checks once; doing it again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Keep `next dev` from writing agent files into the author's tree.
  agentRules: false,
  experimental: { agentUpgrade: false },
}

export default nextConfig
