import type { MetadataRoute } from 'next'
import { getPosts, getPostsWithTag, getProjectStacks, getProjects, getTags } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'
import { listEntries, newest, postEntries, type SitemapEntry } from '@/lib/sitemap'

export const dynamic = 'force-static'

/** Every published page, dated by the newest post it shows; drafts are never listed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts()
  const latest = newest(posts)
  const entries: SitemapEntry[] = [
    { path: '/', lastModified: latest },
    ...listEntries('/blog', posts, site.postsPerPage),
    ...postEntries(posts),
    { path: '/tags', lastModified: latest },
    ...getTags().flatMap((tag) => listEntries(`/tags/${tag.slug}`, getPostsWithTag(tag.slug), site.postsPerPage)),
    { path: '/projects' },
    ...getProjectStacks().map((stack) => ({ path: `/projects/stack/${stack.slug}` })),
    ...getProjects().map((project) => ({ path: `/projects/${project.slug}` })),
    { path: '/about' },
    { path: '/resume' },
  ]
  return entries.map(({ path, lastModified }) => ({ url: absoluteUrl(path), ...(lastModified && { lastModified }) }))
}
