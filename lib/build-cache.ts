import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Kept by Next between builds; `rm -rf .next` clears it. The turbopackIgnore marks keep
 * the file tracer from treating these build-time reads as files the server must ship.
 */
const CACHE_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'cache', 'site')

const fileHashes = new Map<string, Promise<string | undefined>>()

/** A source file's hash, read once per process; undefined when it is not there to read. */
function hashOf(file: string): Promise<string | undefined> {
  let hash = fileHashes.get(file)
  if (!hash) {
    hash = readFile(path.join(/* turbopackIgnore: true */ process.cwd(), file)).then(
      (bytes) => createHash('sha256').update(bytes).digest('hex'),
      () => undefined,
    )
    fileHashes.set(file, hash)
  }
  return hash
}

export interface CacheEntry {
  /** A folder name for this kind of file, e.g. `og`. */
  kind: string
  /** Everything the file is made from, serialisable as JSON. */
  inputs: unknown
  /** Source files (from the project root) whose code shapes the result: a change to any makes it anew. */
  dependsOn: readonly string[]
}

/**
 * Bytes that are costly to make and depend only on their inputs (social cards),
 * kept between builds so a rebuild makes only what changed. Without its source
 * files to fingerprint, it simply makes the bytes every time.
 */
export async function cachedBytes({ kind, inputs, dependsOn }: CacheEntry, make: () => Promise<Buffer>): Promise<Buffer> {
  const hashes = await Promise.all(dependsOn.map(hashOf))
  if (hashes.includes(undefined)) return make()
  const key = createHash('sha256').update(JSON.stringify([hashes, inputs])).digest('hex')
  const file = path.join(CACHE_DIR, kind, `${key}.bin`)
  const cached = await readFile(file).catch(() => undefined)
  if (cached) return cached
  const bytes = await make()
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, bytes)
  return bytes
}
