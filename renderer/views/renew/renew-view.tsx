import { PageHeader } from '../../components/page-header'

/** Placeholder until its concern lands. */
export const RenewView = () => (
  <div className="page">
    <PageHeader title="RenewView" />
  </div>
)
