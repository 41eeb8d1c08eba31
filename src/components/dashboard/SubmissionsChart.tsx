import type { WeekCounts } from '../../dashboard/submissionStats'

/** One colour per inquiry type, distinct for colour-blind readers (Okabe–Ito palette). */
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00']

const width = 640
const height = 220
const left = 32
const bottom = 24
const top = 8
const shortDate = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' })

/**
 * Submissions per week by inquiry type as stacked bars, drawn on the server as SVG (no chart
 * script, nothing fetched). The same numbers follow as a table for screen readers and copying.
 */
export const SubmissionsChart = <Type extends string>({ rows, types, labels }: { rows: WeekCounts<Type>[]; types: readonly Type[]; labels: Record<Type, string> }) => {
  const totals = rows.map((row) => types.reduce((sum, type) => sum + row.counts[type], 0))
  const max = Math.max(1, ...totals)
  const plotHeight = height - top - bottom
  const slot = (width - left) / rows.length
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight
  return (
    <figure className="submissions-chart">
      <svg className="submissions-chart__plot" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="submissions-chart-title">
        <title id="submissions-chart-title">{`Contact submissions per week for the last ${rows.length} weeks, by inquiry type`}</title>
        {[0, max].map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={0.2} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          let stacked = 0
          const x = left + index * slot + slot * 0.15
          return (
            <g key={row.week.toISOString()}>
              {types.map((type, typeIndex) => {
                const count = row.counts[type]
                if (count === 0) return null
                const rect = <rect key={type} x={x} width={slot * 0.7} y={y(stacked + count)} height={y(stacked) - y(stacked + count)} fill={palette[typeIndex % palette.length]} />
                stacked += count
                return rect
              })}
              {index % 2 === rows.length % 2 ? null : (
                <text x={x + slot * 0.35} y={height - 6} textAnchor="middle" fontSize={11} fill="currentColor">
                  {shortDate.format(row.week)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption className="submissions-chart__legend">
        {types.map((type, typeIndex) => (
          <span key={type}>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={palette[typeIndex % palette.length]} />
            </svg>
            {labels[type]}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>The numbers as a table</summary>
        <table className="submissions-chart__table">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {types.map((type) => (
                <th scope="col" key={type}>
                  {labels[type]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.week.toISOString()}>
                <th scope="row">{shortDate.format(row.week)}</th>
                {types.map((type) => (
                  <td key={type}>{row.counts[type]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
