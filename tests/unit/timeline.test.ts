import { describe, expect, it } from 'vitest'
import {
  compareNewestPeriodFirst,
  durationMonths,
  formatDuration,
  formatMonth,
  formatPeriod,
  periodProblem,
} from '@/lib/timeline'

const today = new Date('2026-12-04T10:00:00Z')

describe('durationMonths', () => {
  it('counts both the first and the last month', () => {
    expect(durationMonths({ start: '2019-09', end: '2025-04' }, today)).toBe(68)
    expect(durationMonths({ start: '2025-05', end: '2025-05' }, today)).toBe(1)
  })

  it('crosses year boundaries', () => {
    expect(durationMonths({ start: '2024-12', end: '2025-01' }, today)).toBe(2)
    expect(durationMonths({ start: '2024-01', end: '2024-12' }, today)).toBe(12)
  })

  it('counts "present" up to the month of the build', () => {
    expect(durationMonths({ start: '2025-05', end: 'present' }, today)).toBe(20)
    expect(durationMonths({ start: '2025-05', end: 'present' }, new Date('2025-05-31T23:59:59Z'))).toBe(1)
    expect(durationMonths({ start: '2025-05', end: 'present' }, new Date('2025-06-01T00:00:00Z'))).toBe(2)
  })
})

describe('formatting', () => {
  it('writes durations the way a résumé does', () => {
    expect(formatDuration(68)).toBe('5 yrs 8 mos')
    expect(formatDuration(12)).toBe('1 yr')
    expect(formatDuration(13)).toBe('1 yr 1 mo')
    expect(formatDuration(20)).toBe('1 yr 8 mos')
    expect(formatDuration(3)).toBe('3 mos')
  })

  it('writes months and periods', () => {
    expect(formatMonth('2019-09')).toBe('Sep 2019')
    expect(formatMonth('present')).toBe('Present')
    expect(formatPeriod({ start: '2025-05', end: 'present' })).toBe('May 2025 – Present')
  })
})

describe('periodProblem', () => {
  it('accepts valid periods', () => {
    expect(periodProblem({ start: '2019-09', end: '2025-04' })).toBeUndefined()
    expect(periodProblem({ start: '2025-05', end: 'present' })).toBeUndefined()
  })

  it('names the bad field', () => {
    expect(periodProblem({ start: '2019-9', end: '2025-04' })?.field).toBe('start')
    expect(periodProblem({ start: 'present', end: '2025-04' })?.field).toBe('start')
    expect(periodProblem({ start: '2019-09', end: '2025-13' })?.field).toBe('end')
    expect(periodProblem({ start: '2025-04', end: '2019-09' })).toEqual({
      field: 'end',
      problem: '2019-09 is before the start, 2025-04',
    })
  })
})

describe('compareNewestPeriodFirst', () => {
  it('puts current roles first, then the most recent', () => {
    const periods = [
      { start: '2019-09', end: '2025-04' },
      { start: '2025-05', end: 'present' },
      { start: '2017-01', end: '2019-08' },
      { start: '2026-01', end: 'present' },
    ]
    expect([...periods].sort(compareNewestPeriodFirst).map((p) => p.start)).toEqual([
      '2026-01',
      '2025-05',
      '2019-09',
      '2017-01',
    ])
  })
})
