/** Site identity: the one place the owner's name, words and links live. */
export interface NavItem {
  label: string
  href: string
}

export interface SocialLink {
  /** Accessible name, e.g. "GitHub". */
  label: string
  href: string
  icon: 'github' | 'linkedin' | 'x' | 'email' | 'rss'
}

export interface SiteConfig {
  /** Wordmark shown in the header and used as the feed title. */
  name: string
  author: { name: string; role: string; email: string }
  tagline: string
  /** Home-page bio, one string per paragraph. */
  bio: string[]
  description: string
  /** The résumé's opening lines: dense, third person free. */
  summary: string
  /** Absolute origin without a trailing slash; `SITE_URL` overrides it at build time. */
  url: string
  locale: string
  /** IANA zone in which date-only frontmatter values are read and all dates are shown; `SITE_TIMEZONE` overrides it. */
  timeZone: string
  postsPerPage: number
  /** How many of the newest posts a feed carries, in full: readers fetch it often, so it stays small. */
  feedItems: number
  nav: NavItem[]
  social: SocialLink[]
}

function siteTimeZone(fallback: string): string {
  const zone = process.env.SITE_TIMEZONE?.trim() || fallback
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
  } catch {
    throw new Error(`SITE_TIMEZONE: "${zone}" is not an IANA time zone. Fix: use a name such as "UTC" or "Asia/Ho_Chi_Minh".`)
  }
  return zone
}

function siteUrl(): string {
  const fromEnv = process.env.SITE_URL?.trim()
  return (fromEnv || 'http://localhost:3000').replace(/\/+$/, '')
}

export const site: SiteConfig = {
  name: 'MinhVo',
  author: { name: 'Minh Vo', role: 'AI Engineer', email: 'hello@minhvo.dev' },
  tagline: 'Slaying code & making it lit fr fr 🔥',
  bio: [
    'I’m Minh, an AI engineer with seven years of shipping web and mobile products that have to survive real traffic.',
    'Since May 2025 I’ve been at Neurond AI, architecting an enterprise AI assistant platform: multi-tenant RAG on pgvector, orchestration across several LLM providers, and infrastructure that lives natively on Azure. Before that I spent more than five years at SNAPTEC leading SaaS themes, admin dashboards and e-commerce platforms, and picked up the Hero of the Year award in 2021.',
    'I write here about what I learn building with TypeScript, React, Next.js and language models, and about working as an AI-native engineer.',
  ],
  summary:
    'AI engineer with seven years of building scalable web and mobile applications. Architects enterprise AI assistants today: multi-tenant RAG on pgvector, orchestration across LLM providers and Azure-native infrastructure. Deep in TypeScript, React and Next.js, and works AI-natively with Claude Code and Cursor.',
  description:
    'Minh Vo is an AI engineer writing about multimodal models, RAG, LLM orchestration, Next.js and TypeScript.',
  url: siteUrl(),
  locale: 'en-US',
  timeZone: siteTimeZone('UTC'),
  postsPerPage: 10,
  feedItems: 20,
  nav: [
    { label: 'Blog', href: '/blog' },
    { label: 'Tags', href: '/tags' },
    { label: 'Projects', href: '/projects' },
    { label: 'About', href: '/about' },
  ],
  social: [
    { label: 'GitHub', href: 'https://github.com/minhvo', icon: 'github' },
    { label: 'LinkedIn', href: 'https://www.linkedin.com/in/minhvo', icon: 'linkedin' },
    { label: 'Email', href: 'mailto:hello@minhvo.dev', icon: 'email' },
    { label: 'RSS feed', href: '/rss.xml', icon: 'rss' },
  ],
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString()
}
