/**
 * Unified plugins that run while Contentlayer compiles a post. Each one checks
 * something an author can get wrong and either fixes it up (an unknown code
 * language) or stops the build with a message naming the file (a missing image).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { imageSize } from 'image-size'
import type { Root as MdastRoot } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { bundledLanguagesInfo, type ShikiTransformer } from 'shiki'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { ContentError } from './content-error'
import { documentSlug } from './slug'

/** What Contentlayer attaches to every file it compiles. */
interface RawDocument {
  sourceFilePath: string
  flattenedPath: string
}

function rawDocument(file: VFile): RawDocument {
  const raw = file.data.rawDocumentData as RawDocument | undefined
  if (!raw) throw new Error('MDX compiled outside Contentlayer: no rawDocumentData on the file')
  return raw
}

const PLAIN_TEXT = ['plaintext', 'text', 'txt', 'plain']
const KNOWN_LANGUAGES = new Set([
  ...PLAIN_TEXT,
  ...bundledLanguagesInfo.flatMap((language) => [language.id, ...(language.aliases ?? [])]),
])

export function isKnownLanguage(lang: string): boolean {
  return KNOWN_LANGUAGES.has(lang.toLowerCase())
}

/**
 * A fence in a language shiki does not know is shown as plain text, with a
 * warning naming the file and line, instead of failing the whole build.
 */
export function remarkCodeLanguages(contentDir: string) {
  return () => (tree: MdastRoot, file: VFile) => {
    visit(tree, 'code', (node) => {
      if (!node.lang || isKnownLanguage(node.lang)) return
      const where = `${contentDir}/${rawDocument(file).sourceFilePath}:${node.position?.start.line ?? '?'}`
      console.warn(
        `warning: ${where}: unknown code language "${node.lang}", shown as plain text. Fix: use a language from https://shiki.style/languages, or "text".`,
      )
      node.lang = 'plaintext'
    })
  }
}

/** Elements that run code or reshape the page outside the post; none has a place in prose. */
const UNSAFE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'form'])
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i

/** Why a piece of MDX markup may not be published, if it may not. */
export function unsafeMarkup(name: string | null, attributes: readonly { name: string; value: unknown }[]): string | undefined {
  if (name && UNSAFE_ELEMENTS.has(name.toLowerCase())) return `<${name}> would run code or change the page outside the post`
  for (const { name: attribute, value } of attributes) {
    if (/^on/i.test(attribute)) return `the event handler ${attribute}= would run code`
    if (/^(?:href|src|action|formaction)$/i.test(attribute) && typeof value === 'string' && UNSAFE_URL.test(value)) {
      return `${attribute}="${value}" is a script or data URL`
    }
  }
  return undefined
}

/**
 * Pasted HTML must not become live code on the site or in feed readers: script,
 * iframe and similar elements, event handlers and javascript: links stop the build.
 */
export function remarkSafeMarkup(contentDir: string) {
  return () => (tree: MdastRoot, file: VFile) => {
    visit(tree, (node) => {
      let problem: string | undefined
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const attributes = node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [{ name: attribute.name, value: attribute.value }] : []))
        problem = unsafeMarkup(node.name, attributes)
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        problem = unsafeMarkup(null, [{ name: node.type === 'image' ? 'src' : 'href', value: node.url }])
      }
      if (problem) {
        throw new ContentError(
          `${contentDir}/${rawDocument(file).sourceFilePath}:${node.position?.start.line ?? '?'}`,
          'markup',
          problem,
          'to show markup as text, put it in `inline code` or a ```html code block; link with https:// URLs',
        )
      }
    })
  }
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

/** Marks the `+` and `-` lines of a ```diff block so the stylesheet can tint them. */
export const diffLines: ShikiTransformer = {
  name: 'diff-lines',
  line(node) {
    if (this.options.lang !== 'diff') return
    const first = textOf(node).charAt(0)
    if (first === '+') this.addClassToHast(node, 'diff-add')
    if (first === '-') this.addClassToHast(node, 'diff-remove')
  },
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast

function jsxAttribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  )
}

function setJsxAttribute(node: JsxElement, name: string, value: string) {
  const existing = jsxAttribute(node, name)
  if (existing) existing.value = value
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value })
}

export interface ImageOptions {
  /** Where posts live, relative to the working directory: `content`. */
  contentDir: string
  /** Where the site's static files live: `public`. */
  publicDir: string
}

/** URL folder for the files beside a folder post: `posts/Foo/index.mdx` → `/blog/foo`. */
export function assetBase(flattenedPath: string): string {
  return `/blog/${documentSlug(flattenedPath)}`
}

function isFolderDocument(sourceFilePath: string): boolean {
  return /(^|\/)index\.mdx?$/.test(sourceFilePath)
}

/**
 * Every image (`![alt](src)`, `<img>`, `<Figure>`) must have alt text and a file
 * that exists. Images beside a folder post are served under its URL (see
 * app/blog/[slug]/[...asset]); all images get their width and height from the
 * file, so the page never shifts as they load.
 */
export function rehypeImages({ contentDir, publicDir }: ImageOptions) {
  return () => (tree: HastRoot, file: VFile) => {
    const doc = rawDocument(file)
    const docFile = `${contentDir}/${doc.sourceFilePath}`
    const fail = (image: string, problem: string, fix: string): never => {
      throw new ContentError(docFile, `image "${image}"`, problem, fix)
    }

    const resolve = (src: string, alt: string | undefined) => {
      if (!alt?.trim()) fail(src, 'has no alt text', 'describe the image in its alt text, e.g. ![Request flow from client to API](./flow.png)')
      if (/^[a-z]+:/i.test(src) || src.startsWith('//')) {
        fail(src, 'is a remote URL, whose size cannot be read at build', 'save the file beside the post or under public/, and link to it from there')
      }
      let filePath: string
      let url: string
      if (src.startsWith('/')) {
        filePath = path.join(publicDir, decodeURI(src))
        url = src
      } else {
        const relative = path.normalize(decodeURI(src))
        if (!isFolderDocument(doc.sourceFilePath)) {
          fail(src, 'is relative, but only a folder post has files beside it', `move the post to ${contentDir}/${doc.flattenedPath}/index.mdx and the image into that folder, or put the image under public/ and write "/…"`)
        }
        if (relative.startsWith('..')) fail(src, 'points outside the post’s folder', 'keep the image beside the post or under public/')
        filePath = path.join(path.dirname(docFile), relative)
        url = `${assetBase(doc.flattenedPath)}/${relative.split(path.sep).map(encodeURIComponent).join('/')}`
      }
      if (!existsSync(filePath)) {
        fail(src, `was not found (looked for ${filePath})`, 'check the file name and its folder: images beside a post are found relative to the .mdx file, "/…" ones under public/')
      }
      const { width, height } = imageSize(readFileSync(filePath))
      return { url, width, height }
    }

    visit(tree, (node) => {
      if (node.type === 'element' && (node as Element).tagName === 'img') {
        const element = node as Element
        const image = resolve(String(element.properties.src ?? ''), element.properties.alt as string | undefined)
        Object.assign(element.properties, { src: image.url, width: image.width, height: image.height })
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && ['img', 'Figure'].includes((node as JsxElement).name ?? '')) {
        const element = node as JsxElement
        const src = jsxAttribute(element, 'src')?.value
        const alt = jsxAttribute(element, 'alt')?.value
        if (typeof src !== 'string') fail('(expression)', 'has a src that is not a plain string', 'write src="./file.png"')
        const image = resolve(src as string, typeof alt === 'string' ? alt : undefined)
        setJsxAttribute(element, 'src', image.url)
        setJsxAttribute(element, 'width', String(image.width))
        setJsxAttribute(element, 'height', String(image.height))
      }
    })
  }
}
