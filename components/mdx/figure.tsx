import type { ComponentType } from 'react'

export interface FigureProps {
  src: string
  alt: string
  caption?: string
  /** Filled in at build from the image file. */
  width?: number | string
  height?: number | string
}

type ImageComponent = ComponentType<{ src: string; alt: string; width: number; height: number; className?: string }>

/** A plain <img>: what feeds and other HTML-only readers get. */
export function PlainImage(props: { src: string; alt: string; width: number; height: number; className?: string }) {
  return <img {...props} loading="lazy" decoding="async" />
}

/** `<Figure src="./diagram.png" alt="…" caption="…" />`, drawn with whichever image component the page uses. */
export function makeFigure(Image: ImageComponent) {
  return function Figure({ src, alt, caption, width, height }: FigureProps) {
    return (
      <figure>
        <Image src={src} alt={alt} width={Number(width)} height={Number(height)} className="rounded-lg" />
        {caption && <figcaption>{caption}</figcaption>}
      </figure>
    )
  }
}
