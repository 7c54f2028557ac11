import { useId } from 'react'
import { hostSpec } from '../../../../shared/hosts/catalog'
import { plusDays, type Draft } from '../wizard-state'

/** Expiry: the host's answer when validation read it, otherwise the user's date with the host's default offered. */
export const ExpiryField = ({ draft, onChange }: { draft: Draft; onChange(patch: Partial<Draft>): void }) => {
  const id = useId()
  const { lifetime, displayName } = hostSpec(draft.kind!)
  const today = new Date()
  const presets = [30, 90, 365].filter((d) => !lifetime.maxDays || d <= lifetime.maxDays)
  const fromHost = draft.expirySource === 'host'
  const never = draft.expiresOn === ''
  return (
    <div className="field">
      <label htmlFor={`${id}-date`}>Expires on</label>
      <div className="row wrap">
        <input
          id={`${id}-date`}
          className="input input-date"
          type="date"
          value={draft.expiresOn}
          min={today.toISOString().slice(0, 10)}
          max={lifetime.maxDays ? plusDays(today, lifetime.maxDays) : undefined}
          onChange={(e) => onChange({ expiresOn: e.target.value, expirySource: e.target.value ? 'user' : null })}
          aria-describedby={`${id}-hint`}
          readOnly={fromHost}
        />
        {/* The host's own date is the truth: no one-click preset may overwrite it, only a deliberate change. */}
        {fromHost ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange({ expirySource: 'user' })}>Use another date</button>
        ) : presets.map((days) => (
          <button key={days} type="button" className="btn btn-small" onClick={() => onChange({ expiresOn: plusDays(today, days), expirySource: 'user' })}>
            {days === 365 ? '1 year' : `${days} days`}
          </button>
        ))}
        {!lifetime.expiryRequired && !fromHost ? (
          <button type="button" className="btn btn-small btn-ghost" aria-pressed={never} onClick={() => onChange({ expiresOn: '', expirySource: null })}>
            No expiry
          </button>
        ) : null}
        {fromHost ? <span className="badge badge-ok">From {displayName}</span> : null}
      </div>
      <p className="hint" id={`${id}-hint`}>
        {fromHost
          ? `${displayName} reported this date, so PAT Keeper keeps it up to date on each check.`
          : (lifetime.dateHint ?? `Use the date you picked on ${displayName}${lifetime.defaultDays ? ` (its form suggests ${lifetime.defaultDays} days)` : ''}. PAT Keeper warns you before it arrives.`)}
      </p>
    </div>
  )
}
