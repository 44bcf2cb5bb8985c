import { readFileSync } from 'node:fs'
import type { Post as PostData, Project as ProjectData } from 'contentlayer/generated'
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeKatex from 'rehype-katex'
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import { duplicateSlugs, frontmatterDateProblems, tagProblems } from './lib/content-checks'
import { mdxToHtml } from './lib/mdx-html'
import { diffLines, rehypeImages, remarkCodeLanguages, remarkSafeMarkup } from './lib/mdx-plugins'
import { ContentError, contentErrors } from './lib/content-error'
import { readingStats } from './lib/reading-time'
import { site } from './lib/site'
import { documentSlug } from './lib/slug'
import { formatPeriod, periodProblem, type Period } from './lib/timeline'

// Contentlayer parses a zone-less date-time with the machine's clock before shifting it
// into site.timeZone; on UTC that shift alone decides, so every laptop builds the same dates.
process.env.TZ = 'UTC'

/** Where content lives and where files beside a post are published from. */
const CONTENT_DIR = 'content'
const PUBLIC_DIR = 'public'

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    date: { type: 'date', required: true },
    updated: { type: 'date', required: false },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean', default: false },
    image: { type: 'string', required: false },
  },
  computedFields: {
    // `posts/foo.mdx` and `posts/foo/index.mdx` both flatten to `posts/foo`; see documentSlug for the rest.
    slug: { type: 'string', resolve: (post) => documentSlug(post._raw.flattenedPath) },
    wordCount: { type: 'number', resolve: (post) => readingStats(post.body.raw).words },
    readingMinutes: { type: 'number', resolve: (post) => readingStats(post.body.raw).minutes },
    /** Rendered body for feeds, search and the table of contents. */
    html: { type: 'string', resolve: (post) => mdxToHtml(post.body.code, `${CONTENT_DIR}/${post._raw.sourceFilePath}`) },
  },
}))

/** A month as `YYYY-MM`; `end` may also be `present`. */
const month = { type: 'string', required: true } as const

/** "Sep 2019 – Apr 2025"; resolving it is also where a bad period stops the build. */
const periodLabel = {
  type: 'string',
  resolve: (doc: Period & { _raw: { sourceFilePath: string } }) => {
    const invalid = periodProblem(doc)
    if (invalid) {
      throw new ContentError(
        `content/${doc._raw.sourceFilePath}`,
        `field "${invalid.field}"`,
        invalid.problem,
        'write months as "YYYY-MM" (e.g. "2025-05"), an ongoing end as "present", and end no earlier than start',
      )
    }
    return formatPeriod(doc)
  },
} as const

const ProjectLinks = defineNestedType(() => ({
  name: 'ProjectLinks',
  fields: {
    live: { type: 'string', required: false },
    repo: { type: 'string', required: false },
    caseStudy: { type: 'string', required: false },
  },
}))

export const Project = defineDocumentType(() => ({
  name: 'Project',
  filePathPattern: 'projects/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    role: { type: 'string', required: true },
    start: month,
    end: month,
    stack: { type: 'list', of: { type: 'string' }, required: true },
    links: { type: 'nested', of: ProjectLinks, required: false },
    cover: { type: 'string', required: false },
    featured: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (project) => documentSlug(project._raw.flattenedPath) },
    periodLabel,
  },
}))

const Award = defineNestedType(() => ({
  name: 'Award',
  fields: {
    title: { type: 'string', required: true },
    year: { type: 'number', required: true },
  },
}))

export const Experience = defineDocumentType(() => ({
  name: 'Experience',
  filePathPattern: 'experience/**/*.yaml',
  contentType: 'data',
  fields: {
    company: { type: 'string', required: true },
    role: { type: 'string', required: true },
    start: month,
    end: month,
    location: { type: 'string', required: false },
    url: { type: 'string', required: false },
    summary: { type: 'string', required: true },
    highlights: { type: 'list', of: { type: 'string' }, required: true },
    awards: { type: 'list', of: Award, default: [] },
  },
  computedFields: { periodLabel },
}))

const SkillGroup = defineNestedType(() => ({
  name: 'SkillGroup',
  fields: {
    name: { type: 'string', required: true },
    skills: { type: 'list', of: { type: 'string' }, required: true },
  },
}))

export const Skills = defineDocumentType(() => ({
  name: 'Skills',
  filePathPattern: 'skills.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    groups: { type: 'list', of: SkillGroup, required: true },
  },
}))

const prettyCode: PrettyCodeOptions = {
  // Both themes are emitted as CSS variables, so switching the site theme never re-highlights.
  theme: { light: 'github-light-default', dark: 'github-dark-dimmed' },
  keepBackground: false,
  defaultLang: { block: 'plaintext' },
  transformers: [diffLines],
}

/** Problems Contentlayer cannot see: impossible dates in the raw text, two files or two tags with one URL. */
function checkAcrossDocuments(posts: readonly PostData[], projects: readonly ProjectData[]) {
  const problems = [
    ...duplicateSlugs(posts, CONTENT_DIR),
    ...duplicateSlugs(projects, CONTENT_DIR),
    ...tagProblems(posts, (post) => post.tags, 'tags', CONTENT_DIR),
    ...tagProblems(projects, (project) => project.stack, 'stack', CONTENT_DIR),
    ...posts.flatMap((post) => {
      const file = `${CONTENT_DIR}/${post._raw.sourceFilePath}`
      return frontmatterDateProblems(readFileSync(file, 'utf8'), file)
    }),
  ]
  const error = contentErrors(problems)
  if (error) {
    console.error(`\n${error.message}\n`)
    throw error
  }
}

export default makeSource({
  contentDirPath: CONTENT_DIR,
  documentTypes: [Post, Project, Experience, Skills],
  // Contentlayer's defaults skip a bad document with a warning; an author must never lose a post silently.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  date: { timezone: site.timeZone },
  mdx: {
    remarkPlugins: [remarkGfm, remarkMath, remarkSafeMarkup(CONTENT_DIR), remarkCodeLanguages(CONTENT_DIR)],
    rehypePlugins: [
      rehypeImages({ contentDir: CONTENT_DIR, publicDir: PUBLIC_DIR }),
      rehypeSlug,
      [rehypePrettyCode, prettyCode],
      rehypeKatex,
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
    ],
  },
  onSuccess: async (importData) => {
    // Contentlayer calls this even when generation failed; its own report has already named the problem.
    const data = await importData().catch(() => undefined)
    if (data) checkAcrossDocuments(data.allPosts, data.allProjects)
  },
})
