import { useState, type ReactNode } from 'react'
import type { RenewalOutcomeView, RenewalPlanView } from '../../../shared/ipc/channels/expiry'
import { useNavigation } from '../../hooks/use-navigation'
import { invoke } from '../../lib/ipc'
import { formatDate, hostName } from '../tokens/token-format'
import { RenewChecklist } from './renew-checklist'
import { RenewPaste } from './renew-paste'
import { RenewOldToken } from './renew-old-token'
import { RenewRotate } from './renew-rotate'
import { MessageText } from '../../components/message-text'

const Step = ({ n, title, done, children }: { n: number; title: string; done?: boolean; children: ReactNode }) => (
  <section className={`card renew-step${done ? ' renew-step-done' : ''}`} aria-labelledby={`renew-step-${n}`}>
    <div className="renew-num" aria-hidden="true">{done ? '✓' : n}</div>
    <div>
      <h2 id={`renew-step-${n}`}>{title}</h2>
      {children}
    </div>
  </section>
)

/** Where the suggested name comes from: the host's own name for the token, or why it is our label. */
const nameSource = (plan: RenewalPlanView): string =>
  plan.hostTokenName.reported && plan.hostTokenName.name !== plan.token.label ? `${plan.hostTokenName.message} PAT Keeper calls it “${plan.token.label}”.` : plan.hostTokenName.message

/** The renewal steps for one token: create the new token on the host, paste it, then update where it was used. */
export const RenewFlow = ({ plan, onSwapped }: { plan: RenewalPlanView; onSwapped?(outcome: RenewalOutcomeView): void }) => {
  const { navigate } = useNavigation()
  const [outcome, setOutcomeState] = useState<RenewalOutcomeView | null>(null)
  const setOutcome = (value: RenewalOutcomeView) => (setOutcomeState(value), onSwapped?.(value))
  const [opened, setOpened] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const host = hostName(plan.token.host)
  const open = async () => {
    const result = await invoke('renewal:open-page', plan.token.id)
    setOpened(result.ok ? result.value.url : null)
    setError(result.ok ? null : result.message)
  }
  const copyName = () => void navigator.clipboard?.writeText(plan.tokenName).catch(() => undefined)
  return (
    <div className="stack">
      {plan.canSelfRotate && !outcome ? <RenewRotate plan={plan} onSwapped={setOutcome} /> : null}
      {plan.canSelfRotate && !outcome ? <h2 className="renew-or">Or renew by hand</h2> : null}
      <Step n={1} title={`Create the new token on ${host}`} done={Boolean(outcome)}>
        <p>Give it the same name and scopes{plan.account ? `, signed in as ${plan.account}` : ''}. PAT Keeper opens the page pre-filled where {host} allows it.</p>
        <dl className="renew-facts">
          <dt>Name</dt>
          <dd>
            <div className="row"><code>{plan.tokenName}</code><button className="btn btn-ghost btn-small" onClick={copyName}>Copy</button></div>
            <span className="muted renew-name-source">{nameSource(plan)}</span>
          </dd>
          <dt>Scopes</dt>
          <dd className="renew-scopes">{plan.scopes.length > 0 ? plan.scopes.map((s) => <code key={s}>{s}</code>) : <span className="muted">as before</span>}</dd>
          {plan.suggestedExpiry ? (<><dt>Expiry</dt><dd>{formatDate(plan.suggestedExpiry)} suggested</dd></>) : null}
        </dl>
        <div className="row">
          <button className="btn" disabled={!plan.tokenPageUrl || Boolean(outcome)} onClick={() => void open()}>Open the {host} token page</button>
          {opened ? <span className="muted">Opened in your browser.</span> : null}
        </div>
        {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      </Step>
      <Step n={2} title="Paste the new token" done={Boolean(outcome)}>
        {outcome ? (
          <div className="stack">
            <div className="notice notice-ok" role="status">
              Swapped: “{outcome.token.label}” now uses the new token{outcome.token.expiresAt ? `, valid until ${formatDate(outcome.token.expiresAt)}` : ''}. <MessageText text={outcome.check.message} />
            </div>
            {outcome.warnings.map((w) => <div key={w} className="notice notice-warn">{w}</div>)}
            {outcome.oldToken ? <RenewOldToken tokenId={plan.token.id} label={plan.token.label} host={host} offer={outcome.oldToken} /> : null}
          </div>
        ) : (
          <RenewPaste plan={plan} onSwapped={setOutcome} />
        )}
      </Step>
      <Step n={3} title="Update the places that used the old token">
        {outcome ? <RenewChecklist token={outcome.token} /> : <p className="muted">After the swap, this lists where the old token was pasted so you can update each and tick it off.</p>}
        {outcome ? <div className="row renew-done-row"><button className="btn btn-primary" onClick={() => navigate({ view: 'token', tokenId: plan.token.id })}>Done</button></div> : null}
      </Step>
    </div>
  )
}
