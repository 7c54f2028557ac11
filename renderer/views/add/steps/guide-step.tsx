import { useId, useState } from 'react'
import { buildGuide } from '../../../../shared/hosts/catalog'
import { CopyButton } from '../../../components/hosts/copy-button'
import { invoke } from '../../../lib/ipc'
import type { Draft } from '../wizard-state'
import { StepActions } from './step-actions'

/** Notices that mean "this will break" get the warning look; the rest are tips. */
const isWarning = (text: string) => /stop(ped)? working/i.test(text)

/** Step 4: numbered steps, the button that opens the pre-filled token page, copy buttons and a check-list. */
export const GuideStep = ({ draft, onChange, onBack, onDone }: { draft: Draft; onChange(patch: Partial<Draft>): void; onBack(): void; onDone(): void }) => {
  const id = useId()
  const location = draft.location!
  const guide = buildGuide({ kind: draft.kind!, location, purpose: draft.purpose, tokenName: draft.tokenName || 'PAT Keeper', tokenType: draft.tokenType })
  const [ticked, setTicked] = useState<string[]>([])
  const [opened, setOpened] = useState<{ ok: boolean; message: string } | null>(null)
  const open = async () => {
    const result = await invoke('hosts:open-token-page', {
      host: location.kind,
      url: location.url,
      org: location.org,
      collection: location.collection,
      region: location.region,
      purpose: draft.purpose,
      tokenName: draft.tokenName || 'PAT Keeper',
      tokenType: guide.tokenType,
    })
    setOpened(result.ok ? { ok: true, message: 'Opened in your browser. Come back here when you have the token.' } : { ok: false, message: result.message })
  }
  const pageHost = new URL(guide.tokenPageUrl).host
  return (
    <form className="wizard-step" aria-labelledby="step-title" onSubmit={(e) => { e.preventDefault(); onDone() }}>
      <div className="row">
        <h2 id="step-title" tabIndex={-1}>Create the token on {guide.hostName}</h2>
        <div className="spacer" />
        <button type="button" className="btn btn-small btn-ghost" onClick={() => void invoke('hosts:open-docs', guide.kind)}>
          {guide.hostName} help
        </button>
      </div>
      <p className="muted">
        {guide.variantLabel}: <strong>{guide.purposeLabel}</strong>. {guide.expiry}
      </p>
      {guide.notices.map((notice) => (
        <p key={notice} className={`notice ${isWarning(notice) ? 'notice-warn' : 'notice-info'}`}>{notice}</p>
      ))}
      <div className="guide-grid">
        <ol className="card guide-steps">
          <li>
            <span>Open the token page{guide.tokenPageUrl.includes('?') ? ', already filled in with the name and permissions' : ''}.</span>
            <div className="row wrap">
              <button type="button" className="btn btn-primary" onClick={() => void open()}>
                Open {pageHost}
              </button>
              <CopyButton text={guide.tokenPageUrl} label="Copy link" what="token page link" />
            </div>
            <code className="guide-url">{guide.tokenPageUrl}</code>
            {opened ? <p className={`notice ${opened.ok ? 'notice-ok' : 'notice-danger'}`} role="status">{opened.message}</p> : null}
          </li>
          {guide.steps.slice(1).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <aside className="stack">
          <div className="card stack">
            {guide.named ? (
              <div className="field">
                <label htmlFor={`${id}-name`}>Token name</label>
                <div className="row guide-name-row">
                  <input id={`${id}-name`} className="input" value={draft.tokenName} maxLength={40} onChange={(e) => onChange({ tokenName: e.target.value })} />
                  <CopyButton text={draft.tokenName} what="token name" />
                </div>
              </div>
            ) : null}
            <fieldset className="checklist">
              <legend>{guide.checklistTitle}</legend>
              {guide.checklist.map((item) => (
                <label key={item} className="check">
                  <input type="checkbox" checked={ticked.includes(item)} onChange={(e) => setTicked((t) => (e.target.checked ? [...t, item] : t.filter((x) => x !== item)))} />
                  <span>{item}</span>
                </label>
              ))}
            </fieldset>
            <div className="row wrap">
              <span className="muted">Scopes:</span>
              {guide.scopes.map((s) => (
                <code key={s} className="scope">{s}</code>
              ))}
              <CopyButton text={guide.scopes.join(' ')} label="Copy scopes" what="scope list" />
            </div>
            {guide.username ? (
              <p className="hint">
                Git will sign in as <code>{guide.username}</code> unless you give a username on the next screen.
              </p>
            ) : null}
          </div>
        </aside>
      </div>
      <StepActions onBack={onBack} next="I have the token" />
    </form>
  )
}
