/** Types for build-stamp.mjs, which the build runs as plain Node. */
export interface BuildStamp {
  target: string
  fingerprint: string
  day: string
  nextPublication?: string
  finishedAt: string
}

export function isBuildInput(file: string): boolean
export function fingerprint(root: string, target: string, env: Record<string, string | undefined>): string
export function localDay(date: Date): string
export function nextPublication(dates: readonly string[], builtAt: Date): string | undefined
export function staleBecause(
  stamp: BuildStamp | undefined,
  build: { target: string; fingerprint: string; now: Date },
): string | undefined
