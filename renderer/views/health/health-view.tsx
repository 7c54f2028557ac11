import { PageHeader } from '../../components/page-header'
import '../../styles/health.css'
import '../../styles/vault.css'
import { RiskList } from './risk-list'
import { ScanPanel } from './scan-panel'
import { useHealthReport } from './use-health-report'

/** Health: risk flags per token, plaintext copies with fix and undo, revoke on the host. */
export const HealthView = () => {
  const { value: report, error, reload } = useHealthReport(true)
  return (
    <div className="page health">
      <PageHeader title="Health" description="What is risky about your tokens, where copies lie around in plaintext, and how to end a token for good." />
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      <section className="stack" aria-label="Risk flags">
        <h2>Risks</h2>
        {report ? <RiskList report={report} onChanged={() => void reload()} /> : null}
      </section>
      <ScanPanel onChanged={() => void reload()} />
    </div>
  )
}
