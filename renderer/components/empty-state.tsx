import type { ReactNode } from 'react'

/** A friendly empty screen (or section): a symbol, a title, one sentence and the next step. */
export const EmptyState = ({ symbol, title, children, action, main = false }: { symbol: ReactNode; title: string; children?: ReactNode; action?: ReactNode; main?: boolean }) => (
  <section className="card empty" aria-label={title}>
    <div className="empty-art" aria-hidden="true">{symbol}</div>
    {/* `main`: the empty state is the whole screen, so its title is the page's one <h1>. */}
    {main ? <h1>{title}</h1> : <h2>{title}</h2>}
    {children ? <p>{children}</p> : null}
    {action}
  </section>
)
