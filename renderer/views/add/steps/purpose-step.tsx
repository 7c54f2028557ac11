import { useId } from 'react'
import { PURPOSES, type Purpose } from '../../../../shared/domain/hosts'
import { hostSpec, variantOf } from '../../../../shared/hosts/catalog'
import type { Draft } from '../wizard-state'
import { StepActions } from './step-actions'

const PLAIN: Record<Purpose, string> = {
  read: 'Download code: clone and pull.',
  write: 'Also upload code: push branches and tags.',
  'write-workflows': 'Push, including CI workflow files (GitHub Actions).',
  integration: 'A tool or script that calls the host\u2019s API and pushes.',
}

/** Step 3: what the token is for (and, where the host offers several, which kind of token). */
export const PurposeStep = ({ draft, onChange, onBack, onDone }: { draft: Draft; onChange(patch: Partial<Draft>): void; onBack(): void; onDone(purpose: Purpose): void }) => {
  const id = useId()
  const spec = hostSpec(draft.kind!)
  const variant = variantOf(spec.kind, draft.tokenType)
  const offered = PURPOSES.filter((p) => variant.purposes[p])
  const purpose = offered.includes(draft.purpose) ? draft.purpose : offered.includes('write') ? 'write' : offered[0]!
  return (
    <form className="wizard-step" aria-labelledby="step-title" onSubmit={(e) => { e.preventDefault(); onDone(purpose) }}>
      <h2 id="step-title" tabIndex={-1}>What will this token do?</h2>
      <p className="muted">PAT Keeper asks {spec.displayName} for the least it needs, nothing more.</p>
      {spec.variants.length > 1 ? (
        <fieldset className="card choice-group">
          <legend>Kind of token</legend>
          {spec.variants.map((v, i) => (
            <label key={v.id} className="choice">
              <input type="radio" name={`${id}-variant`} value={v.id} checked={variant.id === v.id} onChange={() => onChange({ tokenType: v.id })} />
              <span>
                <span className="choice-title">
                  {v.label}
                  {i === 0 ? <span className="badge badge-info">Recommended</span> : null}
                </span>
                <span className="choice-text">{v.summary}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="card choice-group">
        <legend>Purpose</legend>
        {offered.map((p) => {
          const info = variant.purposes[p]!
          return (
            <label key={p} className="choice">
              <input type="radio" name={`${id}-purpose`} value={p} checked={purpose === p} onChange={() => onChange({ purpose: p })} />
              <span>
                <span className="choice-title">{info.label}</span>
                <span className="choice-text">{PLAIN[p]}</span>
                <span className="scope-list">
                  {info.scopes.map((s) => (
                    <code key={s}>{s}</code>
                  ))}
                </span>
              </span>
            </label>
          )
        })}
      </fieldset>
      <StepActions onBack={onBack} next="Show me how" />
    </form>
  )
}
