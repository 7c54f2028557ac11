import { useEffect, useId, useRef, useState } from 'react'
import { REFUSED_STATUSES } from '../../../../shared/domain/token'
import { hostSpec } from '../../../../shared/hosts/catalog'
import { invoke } from '../../../lib/ipc'
import { draftTarget, plusDays, type Draft } from '../wizard-state'
import { CheckSummary } from './check-summary'
import { ExpiryField } from './expiry-field'
import { StepActions } from './step-actions'
import { UsedInField } from './used-in-field'

/** Step 6: the host check runs, then label, "used in" notes and expiry (from the host when it says). */
export const DetailsStep = ({ draft, onChange, onBack, onSave, saving, saveError }: { draft: Draft; onChange(patch: Partial<Draft>): void; onBack(): void; onSave(): void; saving: boolean; saveError: string }) => {
  const id = useId()
  const spec = hostSpec(draft.kind!)
  const [checking, setChecking] = useState(true)
  const [failure, setFailure] = useState('')
  useEffect(() => {
    let live = true
    void invoke('tokens:check-draft', draftTarget(draft)).then((result) => {
      if (!live) return
      setChecking(false)
      if (!result.ok) return setFailure(result.message)
      const check = result.value
      const fromHost = typeof check.expiresAt === 'string' ? check.expiresAt.slice(0, 10) : undefined
      const who = check.identity?.login ?? check.identity?.email
      onChange({
        check,
        label: draft.label || (who ? `${spec.displayName} (${who})` : spec.displayName),
        ...(fromHost ? { expiresOn: fromHost, expirySource: 'host' as const, hostExpiresAt: check.expiresAt! } : {}),
        ...(check.expiresAt === null ? { expiresOn: '', expirySource: 'host' as const } : {}),
      })
    })
    return () => {
      live = false
    }
    // Runs once per visit: the draft's secret and location cannot change on this screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  // The host's default lifetime is offered once, after the check; choosing "No expiry" later must stick.
  const offeredDefault = useRef(false)
  useEffect(() => {
    if (!draft.label && !checking) onChange({ label: spec.displayName })
    if (checking || offeredDefault.current) return
    offeredDefault.current = true
    if (!draft.expiresOn && draft.expirySource === null && spec.lifetime.defaultDays) onChange({ expiresOn: plusDays(new Date(), spec.lifetime.defaultDays), expirySource: 'user' })
  }, [checking, draft.label, draft.expiresOn, draft.expirySource, onChange, spec])
  const broken = draft.check && REFUSED_STATUSES.has(draft.check.status)
  const labelOk = draft.label.trim().length > 0
  return (
    <form className="wizard-step" aria-labelledby="step-title" onSubmit={(e) => { e.preventDefault(); if (labelOk && !checking) onSave() }}>
      <h2 id="step-title" tabIndex={-1}>Name it and save</h2>
      <CheckSummary check={draft.check} hostName={spec.displayName} checking={checking} failure={failure} />
      <div className="card stack">
        <div className="field">
          <label htmlFor={`${id}-label`}>Label</label>
          <input id={`${id}-label`} className="input" value={draft.label} maxLength={120} onChange={(e) => onChange({ label: e.target.value })} aria-describedby={`${id}-label-hint`} />
          <p className="hint" id={`${id}-label-hint`}>Your own name for it, shown in the list and the tray.</p>
        </div>
        <ExpiryField draft={draft} onChange={onChange} />
        <UsedInField notes={draft.usedIn} onChange={(usedIn) => onChange({ usedIn })} />
      </div>
      {saveError ? <p className="notice notice-danger" role="alert">{saveError}</p> : null}
      <StepActions onBack={onBack} next={saving ? 'Saving…' : broken ? 'Save anyway' : 'Save to keychain'} nextDisabled={!labelOk || checking || saving} />
    </form>
  )
}
