import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every file below `dir` (by relative path) with its bytes, to prove a build or server left the author's files alone. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (statSync(file).isFile()) files[name] = readFileSync(file).toString('base64')
  }
  return files
}
