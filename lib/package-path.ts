import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * A file or folder inside an installed npm package, found the way Node finds
 * packages: in ./node_modules, else in a parent folder's (a copy of the project
 * in a subfolder, as the build benchmark makes, resolves the project's packages).
 */
export function packagePath(name: string, ...inside: string[]): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(candidate)) return path.join(candidate, ...inside)
    if (path.dirname(dir) === dir) throw new Error(`package ${name} is not installed`)
  }
}
