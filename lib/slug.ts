/**
 * URL slugs for tags and documents: Unicode-normalised (NFC), lower-cased, with
 * every run of characters that are not letters, marks or digits turned into one
 * hyphen. "Học Máy", "học máy" (NFD) and "HỌC-MÁY" all become "học-máy".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * A document's slug from its path below the collection folder, so file names need
 * not be URL-safe: `posts/My First Post.mdx` → `my-first-post`, `posts/foo/index.mdx`
 * (flattened to `posts/foo`) → `foo`, and `posts/2024/notes.mdx` → `2024-notes`.
 */
export function documentSlug(flattenedPath: string): string {
  return slugify(flattenedPath.replace(/^[^/]+\//, ''))
}
