import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { mdxComponent } from './mdx'

/**
 * Static HTML of a compiled MDX body, for feeds. It runs inside the content
 * build (Next forbids react-dom/server in app routes), from the same compiled
 * code the pages render, so a post is still compiled only once.
 */
export function mdxToHtml(code: string): string {
  return renderToStaticMarkup(createElement(mdxComponent(code)))
}
