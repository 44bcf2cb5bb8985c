import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { baseComponents, componentNames } from '../components/mdx/base'
import { ContentError } from './content-error'
import { mdxComponent } from './mdx'

/**
 * Static HTML of a compiled MDX body, for feeds, search and the table of
 * contents. Contentlayer computes it once per post (and caches it between
 * builds) inside the content build, since Next forbids react-dom/server in app
 * routes; it renders the same compiled code the pages do, so a post is compiled
 * once. Rendering it here also proves every component the post uses exists.
 */
export function mdxToHtml(code: string, file: string): string {
  try {
    return renderToStaticMarkup(createElement(mdxComponent(code), { components: baseComponents }))
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
}
