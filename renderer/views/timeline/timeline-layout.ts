import { DAY_MS, type TokenExpiry } from '../../../shared/domain/expiry'

/** Days the timeline spans. */
export const SPAN_DAYS = 90
/** The chart's drawing width (SVG units) and margins. */
export const W = 960
export const LEFT = 24
export const RIGHT = 24
/** Lanes of labels above the axis at most: past them, colliding points are drawn as one ("12 tokens"). */
export const MAX_LANES = 8

// Label widths are estimated (SVG text is not measured before drawing): 12px semibold text averages
// under 6.6 units per character, tick labels (11.5px) under 6.4.
const CHAR = 6.6
const TICK_CHAR = 6.4
const PAD = 22
/** Room kept between one label's end and the next point in the same lane. */
const GAP = 12
// A point's room is reserved for the longest group text it could become, so a merge never grows into a neighbour.
const GROUP_ROOM = '9999 tokens · 99–99d'.length * CHAR + PAD

/** x of a day offset on the axis (clamped to the span). */
export const xOf = (days: number): number => LEFT + (Math.max(0, Math.min(SPAN_DAYS, days)) / SPAN_DAYS) * (W - LEFT - RIGHT)

/** One drawn point: a token, or several whose labels would collide. */
export interface TimelineMark {
  tokens: TokenExpiry[]
  x: number
  lane: number
  flip: boolean
  text: string
}

const when = (t: TokenExpiry) => (t.msLeft !== null && t.msLeft <= 0 ? 'expired' : `${t.daysLeft}d`)

/** "ci-deploy · 5d", or "12 tokens · 40–44d" for a group. */
export const markText = (tokens: TokenExpiry[]): string => {
  if (tokens.length === 1) return `${tokens[0]!.label} · ${when(tokens[0]!)}`
  const first = when(tokens[0]!)
  const last = when(tokens[tokens.length - 1]!)
  return `${tokens.length} tokens · ${first === last ? first : `${first.replace('d', '')}–${last}`}`
}

/** Tokens due the same day (or all expired) are one point from the start. */
const byDay = (sorted: TokenExpiry[]): TokenExpiry[][] => {
  const days: TokenExpiry[][] = []
  for (const t of sorted) {
    const last = days[days.length - 1]
    if (last && when(last[0]!) === when(t)) last.push(t)
    else days.push([t])
  }
  return days
}

/**
 * Greedy lanes so labels never overlap: each day's point goes to the first lane free at its x; when all
 * MAX_LANES are taken there, it joins the point placed last (the nearest one to its left), which then spans days.
 */
export const layoutMarks = (sorted: TokenExpiry[]): TimelineMark[] => {
  const laneEnds: number[] = []
  const marks: TimelineMark[] = []
  for (const day of byDay(sorted)) {
    const x = xOf((day[0]!.msLeft ?? 0) / DAY_MS)
    const width = Math.max(markText(day).length * CHAR + PAD, GROUP_ROOM)
    const flip = x + width > W - 4 // near the right edge the label goes left of the marker
    const start = flip ? x - width : x - 6
    let lane = laneEnds.findIndex((e) => e + GAP < start)
    if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.length
    if (lane < 0) {
      const last = marks[marks.length - 1]!
      last.tokens.push(...day)
      last.text = markText(last.tokens)
      continue
    }
    laneEnds[lane] = flip ? x + 6 : x + width
    marks.push({ tokens: [...day], x, lane, flip, text: markText(day) })
  }
  return marks
}

/** A tick label's box on the axis. */
export interface TickLabel {
  x: number
  label: string
  anchor: 'start' | 'middle' | 'end'
}

const box = (t: TickLabel) => {
  const w = t.label.length * TICK_CHAR
  const start = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2
  return { start, end: start + w }
}

/** Month labels that would touch "Today" or "+90 days" (or each other) are left out; their tick stays. */
export const axisLabels = (months: { x: number; label: string }[]): TickLabel[] => {
  const fixed: TickLabel[] = [{ x: LEFT, label: 'Today', anchor: 'start' }, { x: W - RIGHT, label: '+90 days', anchor: 'end' }]
  const kept = [...fixed]
  for (const m of months) {
    const b = box({ ...m, anchor: 'middle' })
    if (kept.every((k) => { const o = box(k); return b.end + 8 < o.start || b.start > o.end + 8 })) kept.push({ ...m, anchor: 'middle' })
  }
  return kept
}
