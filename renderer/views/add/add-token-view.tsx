import { PageHeader } from '../../components/page-header'

/** Placeholder until its concern lands. */
export const AddTokenView = () => (
  <div className="page">
    <PageHeader title="AddTokenView" />
  </div>
)
