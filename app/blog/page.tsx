import type { Metadata } from 'next'
import { PostIndex } from '@/components/post-index'
import { getPosts } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'

const description = 'Notes on multimodal models, RAG, LLM orchestration, Next.js and TypeScript.'

export const metadata: Metadata = pageMetadata({ title: 'Blog', description, path: '/blog' })

export default function BlogPage() {
  return <PostIndex title="Blog" intro={description} posts={getPosts()} page={1} basePath="/blog" />
}
