import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import { mdxToHtml } from './lib/mdx-html'
import { readingStats } from './lib/reading-time'
import { site } from './lib/site'

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
    // `posts/foo.mdx` and `posts/foo/index.mdx` both flatten to `posts/foo`.
    slug: { type: 'string', resolve: (post) => post._raw.flattenedPath.replace(/^posts\//, '') },
    wordCount: { type: 'number', resolve: (post) => readingStats(post.body.raw).words },
    readingMinutes: { type: 'number', resolve: (post) => readingStats(post.body.raw).minutes },
    /** Rendered body for feeds and search. */
    html: { type: 'string', resolve: (post) => mdxToHtml(post.body.code) },
  },
}))

const prettyCode: PrettyCodeOptions = {
  // Both themes are emitted as CSS variables, so switching the site theme never re-highlights.
  theme: { light: 'github-light', dark: 'github-dark-dimmed' },
  keepBackground: false,
  defaultLang: { block: 'plaintext' },
}

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['posts'],
  documentTypes: [Post],
  // Contentlayer's defaults skip a bad document with a warning; an author must never lose a post silently.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  date: { timezone: site.timeZone },
  mdx: {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      rehypeSlug,
      [rehypePrettyCode, prettyCode],
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
    ],
  },
})
