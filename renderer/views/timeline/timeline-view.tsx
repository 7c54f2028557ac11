import { PageHeader } from '../../components/page-header'

/** Placeholder until its concern lands. */
export const TimelineView = () => (
  <div className="page">
    <PageHeader title="TimelineView" />
  </div>
)
