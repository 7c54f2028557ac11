import { PageHeader } from '../../components/page-header'

/** Placeholder until its concern lands. */
export const SettingsView = () => (
  <div className="page">
    <PageHeader title="SettingsView" />
  </div>
)
