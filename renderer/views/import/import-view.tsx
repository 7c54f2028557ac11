import { PageHeader } from '../../components/page-header'

/** Placeholder until its concern lands. */
export const ImportView = () => (
  <div className="page">
    <PageHeader title="ImportView" />
  </div>
)
