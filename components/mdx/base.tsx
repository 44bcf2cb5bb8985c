import type { ComponentProps } from 'react'
import { Callout } from './callout'
import { Details } from './details'
import { makeFigure, PlainImage } from './figure'
import { Kbd } from './kbd'

/** Links that leave the site never hand it a `window.opener` or a referrer. */
function Anchor(props: ComponentProps<'a'>) {
  const external = /^(https?:)?\/\//.test(props.href ?? '')
  return <a {...props} rel={external ? 'noopener noreferrer' : props.rel} />
}

/**
 * What every post may use without importing it. This map renders plain HTML
 * (it also builds the feeds); pages swap in richer images and code blocks.
 */
export const baseComponents = {
  a: Anchor,
  Callout,
  Details,
  Figure: makeFigure(PlainImage),
  Kbd,
}

export const componentNames = Object.keys(baseComponents).filter((name) => /^[A-Z]/.test(name))
