import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'

/** Drawn beyond the visible part of the list, above and below, so scrolling or Tab never meets a gap. */
const OVERSCAN_PX = 700
/** Height taken for a row never drawn yet (label plus one line under it), until rows have been measured. */
const ROW_ESTIMATE_PX = 58

/** The rows to draw and the space the undrawn ones take above and below them. */
export interface RowWindow {
  start: number
  end: number
  padTop: number
  padBottom: number
}

/** Sums of row heights: offsets[i] is where row i starts, offsets[n] the whole height. */
const offsetsOf = (ids: readonly string[], heights: Map<string, number>): number[] => {
  let known = 0
  for (const h of heights.values()) known += h
  const guess = heights.size ? known / heights.size : ROW_ESTIMATE_PX
  const offsets = new Array<number>(ids.length + 1)
  offsets[0] = 0
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + (heights.get(ids[i]!) ?? guess)
  return offsets
}

/** First row whose bottom lies below y (binary search over the offsets). */
const rowAt = (offsets: number[], y: number): number => {
  let lo = 0
  let hi = offsets.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid + 1]! <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The rows that meet the part [top, bottom] of the list body. */
const rangeOf = (offsets: number[], view: { top: number; bottom: number }) => {
  const count = offsets.length - 1
  const start = Math.min(rowAt(offsets, Math.max(0, view.top)), count)
  return { start, end: Math.max(start, Math.min(count, rowAt(offsets, view.bottom) + 1)) }
}

/** The part of the scroll area the list body covers now, relative to the body's top; null while hidden. */
const viewOf = (body: HTMLElement, root: HTMLElement): { top: number; bottom: number } | null => {
  // Hidden (another screen shows): the list keeps its window, so coming back shows the same rows at once.
  if (!body.offsetParent) return null
  const top = root.getBoundingClientRect().top - body.getBoundingClientRect().top
  return { top: top - OVERSCAN_PX, bottom: top + root.clientHeight + OVERSCAN_PX }
}

/**
 * Draws only the rows near the visible part of the scroll area `rootId` (with 1,000 tokens, some 30 rows
 * instead of all): a search, a sort or coming back from a token lays out a screenful, not the whole list.
 * Heights are measured as rows are drawn, kept per token and used for the space of the others, so the
 * scroll bar and the scroll position stay true. Put `bodyRef` on the <tbody>.
 */
export const useRowWindow = (ids: readonly string[], rootId: string): RowWindow & { bodyRef: RefObject<HTMLTableSectionElement | null> } => {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const heights = useRef(new Map<string, number>())
  // Bumped when a drawn row's height changed, so the spaces are summed again (1,000 additions: cheap).
  const [, remeasured] = useReducer((n: number) => n + 1, 0)
  const [view, setView] = useState({ top: -OVERSCAN_PX, bottom: window.innerHeight + OVERSCAN_PX })
  const offsets = offsetsOf(ids, heights.current)
  const { start, end } = rangeOf(offsets, view)
  const win = { start, end, padTop: offsets[start]!, padBottom: offsets[ids.length]! - offsets[end]! }
  const drawn = useRef({ offsets, start, end })
  drawn.current = { offsets, start, end }

  // Renders again only when other rows must be drawn, not on every scrolled pixel.
  const follow = useCallback(() => {
    const body = bodyRef.current
    const root = document.getElementById(rootId)
    const next = body && root ? viewOf(body, root) : null
    if (!next) return
    const now = drawn.current
    const range = rangeOf(now.offsets, next)
    if (range.start !== now.start || range.end !== now.end) setView(next)
  }, [rootId])

  // Measure what was drawn, before paint: a row taller or shorter than assumed corrects the space at once.
  const measure = useCallback(() => {
    let changed = false
    for (const row of bodyRef.current?.rows ?? []) {
      const id = row.dataset.tokenId
      const h = id ? row.getBoundingClientRect().height : 0
      if (id && h > 0 && Math.abs((heights.current.get(id) ?? 0) - h) > 0.5) {
        heights.current.set(id, h)
        changed = true
      }
    }
    if (changed) remeasured()
  }, [])
  useLayoutEffect(measure)
  // A new search or sort can move the body; follow the scroll area where it is now.
  useLayoutEffect(follow, [follow, ids])

  useEffect(() => {
    const root = document.getElementById(rootId)
    const body = bodyRef.current
    if (!root || !body) return
    // Chromium sends at most one scroll event per frame, so following each one costs a render per frame at most.
    root.addEventListener('scroll', follow, { passive: true })
    // Tab onto a row near the end of what is drawn scrolls it into view at once; follow in the same event,
    // so the next row is there before the next key press (the scroll event would come a frame later).
    body.addEventListener('focusin', follow)
    // A wider or narrower window changes row heights and how many rows fit; so does showing the list again.
    const resized = new ResizeObserver(() => (measure(), follow()))
    resized.observe(root)
    resized.observe(body)
    return () => {
      root.removeEventListener('scroll', follow)
      body.removeEventListener('focusin', follow)
      resized.disconnect()
    }
  }, [rootId, follow, measure])
  return { ...win, bodyRef }
}
