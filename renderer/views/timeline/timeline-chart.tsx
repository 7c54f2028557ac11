import { DAY_MS, type ExpiryOverview, type TokenExpiry } from '../../../shared/domain/expiry'

/** Days the timeline spans. */
export const SPAN_DAYS = 90
const W = 960
const LEFT = 24
const RIGHT = 24
const LANE = 30
const TOP = 26

const xOf = (days: number) => LEFT + (Math.max(0, Math.min(SPAN_DAYS, days)) / SPAN_DAYS) * (W - LEFT - RIGHT)

/** Greedy lanes so labels never overlap: each marker goes to the first lane free at its x. */
const layout = (tokens: TokenExpiry[]) => {
  const laneEnds: number[] = []
  return tokens.map((t) => {
    const days = (t.msLeft ?? 0) / DAY_MS
    const x = xOf(days)
    const text = `${t.label} · ${t.msLeft !== null && t.msLeft <= 0 ? 'expired' : `${t.daysLeft}d`}`
    const width = text.length * 6.6 + 22
    const flip = x + width > W - 4 // near the right edge the label goes left of the marker
    const start = flip ? x - width : x - 6
    const end = flip ? x + 6 : x + width
    let lane = laneEnds.findIndex((e) => e < start)
    if (lane < 0) lane = laneEnds.length
    laneEnds[lane] = end
    return { t, x, text, flip, lane }
  })
}

/** The coming 90 days as a strip: today, month starts, alert thresholds, and each token where it expires. */
export const TimelineChart = ({ overview }: { overview: ExpiryOverview }) => {
  const now = Date.parse(overview.now)
  const inRange = overview.tokens.filter((t) => t.msLeft !== null && t.msLeft <= SPAN_DAYS * DAY_MS).sort((a, b) => a.msLeft! - b.msLeft!)
  const marks = layout(inRange)
  const lanes = Math.max(1, ...marks.map((m) => m.lane + 1))
  const axisY = TOP + lanes * LANE + 8
  const height = axisY + 34
  const months: { x: number; label: string }[] = []
  for (let d = 1; d <= SPAN_DAYS; d++) {
    const date = new Date(now + d * DAY_MS)
    if (date.getUTCDate() === 1) months.push({ x: xOf(d), label: date.toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' }) })
  }
  const first = overview.thresholdsDays[0] ?? 30
  const summary = inRange.length === 0 ? 'No token expires in the next 90 days.' : `${inRange.length} ${inRange.length === 1 ? 'token expires' : 'tokens expire'} within 90 days: ${inRange.map((t) => `${t.label} ${t.msLeft! <= 0 ? 'expired' : `in ${t.daysLeft} days`}`).join(', ')}.`
  return (
    <svg className="tl-chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={summary}>
      <rect className="tl-band" x={xOf(0)} y={TOP - 14} width={xOf(first) - xOf(0)} height={axisY - TOP + 14} rx="6" />
      <text className="tl-band-label" x={xOf(first) - 6} y={TOP - 2} textAnchor="end">alerts start ({first} days)</text>
      {overview.thresholdsDays.map((n) => (
        <line key={n} className="tl-threshold" x1={xOf(n)} x2={xOf(n)} y1={TOP - 14} y2={axisY} />
      ))}
      <line className="tl-axis" x1={LEFT} x2={W - RIGHT} y1={axisY} y2={axisY} />
      {months.map((m) => (
        <g key={m.label}>
          <line className="tl-tick" x1={m.x} x2={m.x} y1={axisY - 4} y2={axisY + 4} />
          <text className="tl-tick-label" x={m.x} y={axisY + 20} textAnchor="middle">{m.label}</text>
        </g>
      ))}
      <text className="tl-tick-label tl-today" x={LEFT} y={axisY + 20} textAnchor="start">Today</text>
      <text className="tl-tick-label" x={W - RIGHT} y={axisY + 20} textAnchor="end">+90 days</text>
      {marks.map(({ t, x, text, flip, lane }) => {
        const y = TOP + lane * LANE + 8
        const tone = t.msLeft! <= 0 ? 'danger' : t.daysLeft! <= 7 ? 'danger' : t.daysLeft! <= first ? 'warn' : 'ok'
        return (
          <g key={t.id} className={`tl-mark tl-${tone}`} data-token={t.label}>
            <line className="tl-stem" x1={x} x2={x} y1={y} y2={axisY} />
            <circle cx={x} cy={y} r="6" />
            <text x={flip ? x - 12 : x + 12} y={y + 4} textAnchor={flip ? 'end' : 'start'}>{text}</text>
          </g>
        )
      })}
    </svg>
  )
}
