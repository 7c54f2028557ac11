import type { ReactNode } from 'react'

/** Title, one-line description and actions at the top of a screen. */
export const PageHeader = ({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) => (
  <header className="page-header">
    <div>
      <h1>{title}</h1>
      {description ? <p>{description}</p> : null}
    </div>
    <div className="spacer" />
    {actions ? <div className="row">{actions}</div> : null}
  </header>
)
