import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { baseComponents, componentNames } from '../components/mdx/base'
import { ContentError } from './content-error'
import { mdxComponent } from './mdx'

const rendered = new Map<string, string>()

/**
 * Static HTML of a compiled MDX body, for feeds, search and the table of
 * contents. It runs inside the content build (Next forbids react-dom/server in
 * app routes), from the same compiled code the pages render, so a post is
 * compiled once; rendering it here also proves every component it uses exists.
 */
export function mdxToHtml(code: string, file: string): string {
  const cached = rendered.get(code)
  if (cached !== undefined) return cached
  let html: string
  try {
    html = renderToStaticMarkup(createElement(mdxComponent(code), { components: baseComponents }))
  } catch (error) {
    const missing = /Expected (?:component|object) `([^`]+)` to be defined/.exec(String(error))
    if (!missing) throw error
    throw new ContentError(
      file,
      `component <${missing[1]}>`,
      'is not one of the components posts can use',
      `use one of ${componentNames.map((name) => `<${name}>`).join(', ')}, or write it as Markdown`,
    )
  }
  rendered.set(code, html)
  return html
}
