import { mdxComponent } from '@/lib/mdx'
import { pageComponents } from './mdx'

/**
 * Renders a body that Contentlayer compiled once at content-build time.
 * The compiled code runs on the server only; no MDX runtime reaches the browser.
 */
export function MDXContent({ code }: { code: string }) {
  const Component = mdxComponent(code)
  return <Component components={pageComponents} />
}
