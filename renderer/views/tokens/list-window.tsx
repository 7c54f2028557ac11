import { useEffect, useRef } from 'react'

/** Rows rendered at first, and added each time the user nears the end: 1,000 rows are never laid out at once. */
export const LIST_PAGE = 150

/**
 * The last table row while more tokens match than are shown: says how many, grows the list as it scrolls
 * into view (600 px ahead), and has a button for keyboard users.
 */
export const MoreRows = ({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) => {
  const row = useRef<HTMLTableRowElement>(null)
  const more = useRef(onMore)
  more.current = onMore
  useEffect(() => {
    const el = row.current
    if (!el) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more.current(), { root: document.getElementById('content'), rootMargin: '600px' })
    observer.observe(el)
    return () => observer.disconnect()
  }, [shown])
  return (
    <tr ref={row} className="vault-more">
      <td colSpan={6}>
        <span className="muted">Showing {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')}.</span>{' '}
        <button className="btn btn-small" onClick={onMore}>Show more</button>
      </td>
    </tr>
  )
}
