/**
 * An error in an author's file, worded so it can be fixed without reading code:
 * which file (and line), what in it, what is wrong, and what to write instead.
 */
export class ContentError extends Error {
  /**
   * @param file `content/posts/x.mdx` or `content/posts/x.mdx:3`
   * @param subject what in the file: `field "date"`, `image "./a.png"`, `component <Chart>`
   */
  constructor(file: string, subject: string, problem: string, fix: string) {
    super(`${file}: ${subject}: ${problem}. Fix: ${fix}.`)
    this.name = 'ContentError'
  }
}

/**
 * One error for many problems, one line each. Its stack is its message, so
 * Contentlayer's error dump shows the problems, not our call frames.
 */
export function contentErrors(problems: readonly ContentError[]): Error | undefined {
  if (problems.length === 0) return undefined
  const report = `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  • ${problem.message}`).join('\n')}`
  const error = new Error(report)
  error.stack = report
  return error
}
