import { countByWeek, formatDuration, median, weekStart } from '../../src/dashboard/submissionStats'

const types = ['appointment', 'general'] as const

test('weeks start on Monday, UTC', () => {
  expect(weekStart(new Date('2026-11-29T23:59:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z') // a Sunday
  expect(weekStart(new Date('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z') // a Monday
})

test('counts per week and type for 12 weeks, oldest first, leaving out what is outside them', () => {
  const now = new Date('2026-11-29T12:00:00Z')
  const rows = countByWeek(
    [
      { createdAt: '2026-11-23T00:00:00Z', inquiryType: 'appointment' },
      { createdAt: '2026-11-29T23:00:00Z', inquiryType: 'appointment' },
      { createdAt: '2026-11-25T10:00:00Z', inquiryType: 'general' },
      { createdAt: '2026-09-07T00:00:00Z', inquiryType: 'general' }, // the Monday of the first week
      { createdAt: '2026-09-06T23:59:59Z', inquiryType: 'general' }, // the Sunday before: out
      { createdAt: '2026-11-30T00:00:00Z', inquiryType: 'general' }, // next week: out
    ],
    types,
    now,
  )
  expect(rows).toHaveLength(12)
  expect(rows[0]).toEqual({ week: new Date('2026-09-07T00:00:00Z'), counts: { appointment: 0, general: 1 } })
  expect(rows[11]).toEqual({ week: new Date('2026-11-23T00:00:00Z'), counts: { appointment: 2, general: 1 } })
  expect(rows.slice(1, 11).every((row) => row.counts.appointment + row.counts.general === 0)).toBe(true)
})

test('median of an odd and an even count, and of nothing', () => {
  expect(median([5, 1, 3])).toBe(3)
  expect(median([4, 1, 3, 2])).toBe(2.5)
  expect(median([])).toBeNull()
})

test('durations read as minutes, hours or days', () => {
  expect(formatDuration(45 * 60_000)).toBe('45 min')
  expect(formatDuration(200 * 60_000)).toBe('3 h 20 min')
  expect(formatDuration(3 * 3_600_000)).toBe('3 h')
  expect(formatDuration(52 * 3_600_000)).toBe('2 d 4 h')
})
