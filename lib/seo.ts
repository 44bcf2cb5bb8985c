import type { Metadata } from 'next'
import { SITE_FEEDS } from './feed'
import type { PostSummary } from './posts'
import { absoluteUrl, site } from './site'

export interface PageSeo {
  /** Page title without the site name; the layout's template adds it. Omit for the home page. */
  title?: string
  description: string
  /** Root-relative path of the page, e.g. `/blog/my-post`. */
  path: string
  /** Root-relative path of its 1200×630 social image. */
  image?: string
  article?: { published: string; modified?: string; tags: readonly string[] }
  /** A feed of this page's own, advertised beside the site's feeds. */
  feed?: { title: string; path: string }
}

/**
 * `<link rel="alternate">` for the site's feeds on every page. Next replaces, not
 * merges, a layout's `alternates` when a page sets its own, so every page carries them.
 */
export function feedAlternates(feed?: PageSeo['feed']) {
  return {
    'application/rss+xml': [
      { url: SITE_FEEDS.rss, title: `${site.name} (RSS)` },
      ...(feed ? [{ url: feed.path, title: feed.title }] : []),
    ],
    'application/atom+xml': [{ url: SITE_FEEDS.atom, title: `${site.name} (Atom)` }],
    'application/feed+json': [{ url: SITE_FEEDS.json, title: `${site.name} (JSON Feed)` }],
  }
}

/** Canonical URL, OpenGraph and Twitter card for a page, all from the site URL. */
export function pageMetadata({ title, description, path, image = '/og.png', article, feed }: PageSeo): Metadata {
  const url = absoluteUrl(path)
  const fullTitle = title ? `${title} · ${site.name}` : `${site.author.name} · ${site.author.role}`
  const images = [{ url: absoluteUrl(image), width: 1200, height: 630, alt: title ?? site.name }]
  return {
    // An explicit `title: undefined` would blank the layout's default title, so it is left out.
    ...(title && { title }),
    description,
    alternates: { canonical: url, types: feedAlternates(feed) },
    openGraph: {
      url,
      title: fullTitle,
      description,
      siteName: site.name,
      locale: site.locale.replace('-', '_'),
      images,
      ...(article
        ? {
            type: 'article',
            publishedTime: article.published,
            modifiedTime: article.modified ?? article.published,
            authors: [site.author.name],
            tags: [...article.tags],
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images },
  }
}

/**
 * JSON for a `<script type="application/ld+json">`. Characters that could end the
 * script element or open a comment are escaped, so a title holding `</script>`
 * stays text.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const person = () => ({ '@type': 'Person', name: site.author.name, url: absoluteUrl('/'), jobTitle: site.author.role })

export function blogPostingLd(post: PostSummary) {
  const url = absoluteUrl(`/blog/${post.slug}`)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    author: person(),
    keywords: post.tags.join(', '),
    image: absoluteUrl(`/blog/${post.slug}/og.png`),
    url,
    mainEntityOfPage: url,
  }
}

export function breadcrumbLd(trail: readonly { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

export function homeLd() {
  return [
    { '@context': 'https://schema.org', ...person(), description: site.description, sameAs: site.social.filter((link) => link.href.startsWith('http')).map((link) => link.href) },
    { '@context': 'https://schema.org', '@type': 'WebSite', name: site.name, url: absoluteUrl('/'), description: site.description, author: person() },
  ]
}
