const weekMs = 7 * 24 * 60 * 60 * 1000

/** Monday 00:00 UTC of the week that holds `date`. */
export const weekStart = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 24 * 60 * 60 * 1000)
}

export type WeekCounts<Type extends string> = { week: Date; counts: Record<Type, number> }

/**
 * Submissions per week (Monday to Sunday, UTC) for the `weeks` weeks up to and including the
 * one holding `now`, oldest first, split by inquiry type. Submissions outside those weeks are left out.
 */
export const countByWeek = <Type extends string>(
  submissions: { createdAt: string; inquiryType: Type }[],
  types: readonly Type[],
  now: Date,
  weeks = 12,
): WeekCounts<Type>[] => {
  const first = weekStart(now).getTime() - (weeks - 1) * weekMs
  const rows = Array.from({ length: weeks }, (_, index) => ({
    week: new Date(first + index * weekMs),
    counts: Object.fromEntries(types.map((type) => [type, 0])) as Record<Type, number>,
  }))
  for (const { createdAt, inquiryType } of submissions) {
    const index = Math.floor((new Date(createdAt).getTime() - first) / weekMs)
    if (index >= 0 && index < weeks && inquiryType in rows[index].counts) rows[index].counts[inquiryType] += 1
  }
  return rows
}

/** The median of some numbers, or null for none. */
export const median = (values: number[]) => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** "3 h 20 min", "2 d 4 h", "45 min": a duration for people. */
export const formatDuration = (ms: number) => {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`
  return hours % 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${Math.floor(hours / 24)} d`
}
