/**
 * The one module that reads Contentlayer's generated data. Pages ask it for
 * posts, tags, projects and experience; the rules live in the pure helpers it composes.
 */
import {
  allExperiences,
  allPosts,
  allProjects,
  skill,
  type Experience,
  type Post,
  type Project,
  type SkillGroup,
} from 'contentlayer/generated'
import { SITE_FEEDS, type FeedSource } from './feed'
import { visiblePosts } from './posts'
import { site } from './site'
import { collectTags, postsWithTag, type TagSummary } from './tags'
import { compareNewestPeriodFirst } from './timeline'

export type { Experience, Post, Project, SkillGroup }

/** `next dev` shows drafts and scheduled posts so the author can read them before publishing. */
const includeUnpublished = process.env.NODE_ENV === 'development'

/**
 * Computed once per process: a build renders every page from the same list, and
 * in `next dev` this module is evaluated again whenever the content changes.
 */
function once<T>(compute: () => T): () => T {
  let value: { current: T } | undefined
  return () => (value ??= { current: compute() }).current
}

export const getPosts = once((): Post[] => visiblePosts(allPosts, { now: new Date(), includeUnpublished }))

export function getPost(slug: string): Post | undefined {
  return getPosts().find((post) => post.slug === slug)
}

export const getTags = once((): TagSummary[] => collectTags(getPosts()))

export function getTag(slug: string): TagSummary | undefined {
  return getTags().find((tag) => tag.slug === slug)
}

export function getPostsWithTag(slug: string): Post[] {
  return postsWithTag(getPosts(), slug)
}

export function getSiteFeed(): FeedSource {
  return { title: site.name, description: site.description, page: '/', links: SITE_FEEDS, posts: getPosts() }
}

/** A tag's own feed (RSS only), advertised on its page. */
export function getTagFeed(tag: string): FeedSource | undefined {
  const summary = getTag(tag)
  if (!summary) return undefined
  return {
    title: `${site.name} · #${summary.name}`,
    description: `Posts tagged “${summary.name}” on ${site.name}.`,
    page: `/tags/${summary.slug}`,
    links: { rss: `/tags/${summary.slug}/rss.xml` },
    posts: getPostsWithTag(summary.slug),
  }
}

/** Projects, most recent first; a project's stack entries act as its tags. */
export function getProjects(): Project[] {
  return [...allProjects].sort((a, b) => compareNewestPeriodFirst(a, b) || a.title.localeCompare(b.title, 'en'))
}

export function getProject(slug: string): Project | undefined {
  return allProjects.find((project) => project.slug === slug)
}

const asTagged = (project: Project) => ({ project, tags: project.stack })

export function getProjectStacks(): TagSummary[] {
  return collectTags(getProjects().map(asTagged))
}

export function getProjectsWithStack(slug: string): Project[] {
  return postsWithTag(getProjects().map(asTagged), slug).map(({ project }) => project)
}

export function getExperience(): Experience[] {
  return [...allExperiences].sort(compareNewestPeriodFirst)
}

export function getSkills(): SkillGroup[] {
  return skill.groups
}
