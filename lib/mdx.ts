import type { ComponentType } from 'react'
import * as jsxRuntime from 'react/jsx-runtime'

export interface MDXProps {
  components?: Record<string, ComponentType<never>>
}

/**
 * Turns the code Contentlayer compiled (an mdx-bundler function body) back into
 * a component. It is evaluated on the server and in the content build only.
 */
export function mdxComponent(code: string): ComponentType<MDXProps> {
  const run = new Function('_jsx_runtime', code) as (runtime: typeof jsxRuntime) => {
    default: ComponentType<MDXProps>
  }
  return run(jsxRuntime).default
}
