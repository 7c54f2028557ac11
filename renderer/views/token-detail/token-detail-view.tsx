import { PageHeader } from '../../components/page-header'

/** Placeholder until its concern lands. */
export const TokenDetailView = () => (
  <div className="page">
    <PageHeader title="TokenDetailView" />
  </div>
)
