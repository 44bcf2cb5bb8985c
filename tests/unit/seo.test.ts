import { describe, expect, it } from 'vitest'
import { blogPostingLd, breadcrumbLd, pageMetadata, serializeJsonLd } from '@/lib/seo'
import { site } from '@/lib/site'

describe('serializeJsonLd', () => {
  it('cannot end its script element or open a comment, and round-trips exactly', () => {
    const title = 'Escaping </script><script>alert(1)</script> <!-- & \u2028 done'
    const json = serializeJsonLd({ headline: title })
    expect(json).not.toMatch(/<|>|&/)
    expect(JSON.parse(json)).toEqual({ headline: title })
  })
})

describe('structured data', () => {
  const post = { slug: 'p', title: 'T', description: 'D', date: '2025-01-02T00:00:00.000Z', tags: ['rag', 'llm'] }

  it('describes a post as a BlogPosting by its author', () => {
    expect(blogPostingLd(post)).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'T',
      datePublished: post.date,
      dateModified: post.date,
      author: { '@type': 'Person', name: site.author.name },
      keywords: 'rag, llm',
      url: `${site.url}/blog/p`,
      image: `${site.url}/blog/p/og.png`,
    })
  })

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    expect(breadcrumbLd([{ name: 'Home', path: '/' }, { name: 'Blog', path: '/blog' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: `${site.url}/blog` },
    ])
  })
})

describe('pageMetadata', () => {
  it('gives a canonical URL, social cards and the feeds', () => {
    const metadata = pageMetadata({ title: 'Tags', description: 'All tags', path: '/tags' })
    expect(metadata.alternates?.canonical).toBe(`${site.url}/tags`)
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: `${site.url}/tags`, title: `Tags · ${site.name}` })
    expect(Object.keys(metadata.alternates?.types ?? {})).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json'])
  })
})
