import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { snapshot } from '../snapshot'

const root = path.resolve(import.meta.dirname, '../..')

export interface ContentBuild {
  status: number | null
  output: string
  /** The content folder's files before and after the build, to prove it changed nothing. */
  before: Record<string, string>
  after: Record<string, string>
  /** The generated documents of one type (`Post`, `Project`…), as Contentlayer wrote them. */
  documents: (type: string) => Record<string, unknown>[]
}

/**
 * Runs the real content build (`npm run content`), with this repo's config and plugins, on a
 * fixture content folder inside a throwaway copy of the project, so the tests
 * never touch the site's own content or generated data. `fixture` is a folder
 * under tests/fixtures, or an absolute path.
 */
export async function buildContent(fixture: string, env: Record<string, string> = {}): Promise<ContentBuild> {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-build-'))
  for (const entry of ['contentlayer.config.ts', 'lib', 'components', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true })
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  // Every fixture builds on a minimal valid site (the singleton skills file), then adds its own files.
  cpSync(path.join(root, 'tests/fixtures/base'), path.join(dir, 'content'), { recursive: true })
  cpSync(path.resolve(root, 'tests/fixtures', fixture), path.join(dir, 'content'), { recursive: true })
  const contentDir = path.join(dir, 'content')
  const before = snapshot(contentDir)
  const child = spawn(process.execPath, [path.join(root, 'scripts/content.mjs')], {
    cwd: dir,
    // Contentlayer finds the project through PWD, not the process's working directory.
    env: { ...process.env, ...env, PWD: dir, INIT_CWD: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 90_000,
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const documents = (type: string) => {
    const folder = path.join(dir, '.contentlayer/generated', type)
    return readdirSync(folder)
      .filter((name) => !name.startsWith('_') && name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Record<string, unknown>)
  }
  return { status, output, before, after: snapshot(contentDir), documents }
}
