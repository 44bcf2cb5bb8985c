/** Months as written in content: `YYYY-MM`, and for an end, `present`. */
export interface Period {
  start: string
  end: string
}

export interface YearMonth {
  year: number
  /** 1–12 */
  month: number
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function isPresent(value: string): boolean {
  return value === 'present'
}

/** `YYYY-MM`, or `present` read as the month of `today` (in UTC). */
export function parseMonth(value: string, today: Date): YearMonth | undefined {
  if (isPresent(value)) return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 }
  const match = MONTH.exec(value)
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined
}

function index({ year, month }: YearMonth): number {
  return year * 12 + month - 1
}

/** Why a period is invalid, or `undefined` when it is fine. */
export function periodProblem(period: Period): { field: keyof Period; problem: string } | undefined {
  const start = isPresent(period.start) ? undefined : parseMonth(period.start, new Date(0))
  if (!start) return { field: 'start', problem: `"${period.start}" is not a month written as YYYY-MM` }
  const end = parseMonth(period.end, new Date(0))
  if (!end) return { field: 'end', problem: `"${period.end}" is neither a month written as YYYY-MM nor "present"` }
  if (!isPresent(period.end) && index(end) < index(start)) {
    return { field: 'end', problem: `${period.end} is before the start, ${period.start}` }
  }
  return undefined
}

/** Whole months covered, counting both the first and the last month (Sep 2019 – Apr 2025 is 68). */
export function durationMonths(period: Period, today: Date): number {
  const start = parseMonth(period.start, today)
  const end = parseMonth(period.end, today)
  if (!start || !end) throw new Error(`invalid period ${period.start} – ${period.end}`)
  return Math.max(1, index(end) - index(start) + 1)
}

/** "5 yrs 8 mos", "1 yr", "3 mos". */
export function formatDuration(months: number): string {
  const years = Math.floor(months / 12)
  const rest = months % 12
  const parts = []
  if (years) parts.push(`${years} ${years === 1 ? 'yr' : 'yrs'}`)
  if (rest || !years) parts.push(`${rest} ${rest === 1 ? 'mo' : 'mos'}`)
  return parts.join(' ')
}

/** "Sep 2019", or "Present". */
export function formatMonth(value: string): string {
  if (isPresent(value)) return 'Present'
  const parsed = parseMonth(value, new Date(0))
  return parsed ? `${MONTH_NAMES[parsed.month - 1]} ${parsed.year}` : value
}

export function formatPeriod(period: Period): string {
  return `${formatMonth(period.start)} – ${formatMonth(period.end)}`
}

function sortKey(value: string): number {
  if (isPresent(value)) return Number.POSITIVE_INFINITY
  const parsed = parseMonth(value, new Date(0))
  if (!parsed) throw new Error(`"${value}" is not a month written as YYYY-MM`)
  return index(parsed)
}

/** Current roles first, then by end month, then by start month, newest first. */
export function compareNewestPeriodFirst(a: Period, b: Period): number {
  // Two current roles give Infinity - Infinity = NaN, which falls through to the start months.
  return sortKey(b.end) - sortKey(a.end) || sortKey(b.start) - sortKey(a.start)
}
