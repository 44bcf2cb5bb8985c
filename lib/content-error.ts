/**
 * An error in an author's file, worded so it can be fixed without reading code:
 * which file, which field, what is wrong, and what to write instead.
 */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}: field "${field}": ${problem}. Fix: ${fix}.`)
    this.name = 'ContentError'
  }
}
