import { DAY_MS, type ExpiryOverview, type TokenExpiry } from '../../../shared/domain/expiry'
import { axisLabels, layoutMarks, LEFT, RIGHT, SPAN_DAYS, W, xOf } from './timeline-layout'

const LANE = 30
const TOP = 26
/** Tokens named one by one in the chart's accessible summary; past it, the soonest few and a count. */
const NAMED = 12

const toneOf = (t: TokenExpiry, first: number) => (t.msLeft! <= 0 || t.daysLeft! <= 7 ? 'danger' : t.daysLeft! <= first ? 'warn' : 'ok')
const whenWords = (t: TokenExpiry) => `${t.label} ${t.msLeft! <= 0 ? 'expired' : `in ${t.daysLeft} days`}`

const summaryOf = (inRange: TokenExpiry[]): string => {
  if (inRange.length === 0) return 'No token expires in the next 90 days.'
  const head = `${inRange.length} ${inRange.length === 1 ? 'token expires' : 'tokens expire'} within 90 days`
  if (inRange.length <= NAMED) return `${head}: ${inRange.map(whenWords).join(', ')}.`
  return `${head}; the soonest: ${inRange.slice(0, NAMED).map(whenWords).join(', ')}. The list below has them all.`
}

/** The coming 90 days as a strip: today, month starts, alert thresholds, and each token (or group) where it expires. */
export const TimelineChart = ({ overview }: { overview: ExpiryOverview }) => {
  const now = Date.parse(overview.now)
  const inRange = overview.tokens.filter((t) => t.msLeft !== null && t.msLeft <= SPAN_DAYS * DAY_MS).sort((a, b) => a.msLeft! - b.msLeft!)
  const marks = layoutMarks(inRange)
  const lanes = Math.max(1, ...marks.map((m) => m.lane + 1))
  const axisY = TOP + lanes * LANE + 8
  const height = axisY + 34
  const months: { x: number; label: string }[] = []
  for (let d = 1; d <= SPAN_DAYS; d++) {
    const date = new Date(now + d * DAY_MS)
    if (date.getUTCDate() === 1) months.push({ x: xOf(d), label: date.toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' }) })
  }
  const first = overview.thresholdsDays[0] ?? 30
  const order = ['danger', 'warn', 'ok']
  return (
    <svg className="tl-chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={summaryOf(inRange)}>
      <rect className="tl-band" x={xOf(0)} y={TOP - 14} width={xOf(first) - xOf(0)} height={axisY - TOP + 14} rx="6" />
      <text className="tl-band-label" x={xOf(first) - 6} y={TOP - 2} textAnchor="end">alerts start ({first} days)</text>
      {overview.thresholdsDays.map((n) => (
        <line key={n} className="tl-threshold" x1={xOf(n)} x2={xOf(n)} y1={TOP - 14} y2={axisY} />
      ))}
      <line className="tl-axis" x1={LEFT} x2={W - RIGHT} y1={axisY} y2={axisY} />
      {months.map((m) => <line key={m.label} className="tl-tick" x1={m.x} x2={m.x} y1={axisY - 4} y2={axisY + 4} />)}
      {axisLabels(months).map((l) => (
        <text key={l.label} className={`tl-tick-label${l.label === 'Today' ? ' tl-today' : ''}`} x={l.x} y={axisY + 20} textAnchor={l.anchor}>{l.label}</text>
      ))}
      {marks.map(({ tokens, x, text, flip, lane }) => {
        const y = TOP + lane * LANE + 8
        const tone = tokens.map((t) => toneOf(t, first)).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]
        const single = tokens.length === 1
        return (
          <g key={tokens[0]!.id} className={`tl-mark tl-${tone}`} {...(single ? { 'data-token': tokens[0]!.label } : { 'data-group': tokens.length })}>
            <line className="tl-stem" x1={x} x2={x} y1={y} y2={axisY} />
            <circle cx={x} cy={y} r="6" />
            <text x={flip ? x - 12 : x + 12} y={y + 4} textAnchor={flip ? 'end' : 'start'}>{text}</text>
          </g>
        )
      })}
    </svg>
  )
}
