import Image from 'next/image'
import type { ComponentProps } from 'react'
import { baseComponents } from './base'
import { CopyButton } from './copy-button'
import { makeFigure } from './figure'

function PostImage(props: ComponentProps<'img'>) {
  const { src, alt = '', width, height, title } = props
  if (typeof src !== 'string') return null
  return <Image src={src} alt={alt} title={title} width={Number(width)} height={Number(height)} className="rounded-lg" />
}

/** Code blocks from rehype-pretty-code get a copy button; other figures pass through. */
function FigureElement(props: ComponentProps<'figure'>) {
  if (!('data-rehype-pretty-code-figure' in props)) return <figure {...props} />
  return (
    <figure {...props} className="group">
      {props.children}
      <CopyButton />
    </figure>
  )
}

export const pageComponents = {
  ...baseComponents,
  Figure: makeFigure(Image),
  figure: FigureElement,
  img: PostImage,
}
