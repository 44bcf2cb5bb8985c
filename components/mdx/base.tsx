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

/** GFM task-list boxes are read-only; their state needs words for screen readers. */
function Input(props: ComponentProps<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />
}

/**
 * What every post may use without importing it. This map renders plain HTML
 * (it also builds the feeds); pages swap in richer images and code blocks.
 */
export const baseComponents = {
  a: Anchor,
  input: Input,
  Callout,
  Details,
  Figure: makeFigure(PlainImage),
  Kbd,
}

export const componentNames = Object.keys(baseComponents).filter((name) => /^[A-Z]/.test(name))
