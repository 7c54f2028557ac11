import type { ReactNode } from 'react'

/** A friendly empty screen: a symbol, a title, one sentence and the next step. */
export const EmptyState = ({ symbol, title, children, action }: { symbol: ReactNode; title: string; children?: ReactNode; action?: ReactNode }) => (
  <section className="card empty" aria-label={title}>
    <div className="empty-art" aria-hidden="true">{symbol}</div>
    <h2>{title}</h2>
    {children ? <p>{children}</p> : null}
    {action}
  </section>
)
