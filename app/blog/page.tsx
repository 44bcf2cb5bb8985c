import type { Metadata } from 'next'
import { PostIndex } from '@/components/post-index'
import { getPosts } from '@/lib/content'

export const metadata: Metadata = {
  title: 'Blog',
  description: 'Notes on multimodal models, RAG, LLM orchestration, Next.js and TypeScript.',
}

export default function BlogPage() {
  return <PostIndex title="Blog" intro={metadata.description} posts={getPosts()} page={1} basePath="/blog" />
}
