import { useId, useState } from 'react'
import { hostSpec, normalizeHostLocation, type ResolvedLocation } from '../../../../shared/hosts/catalog'
import type { Draft } from '../wizard-state'
import { StepActions } from './step-actions'

type Field = 'url' | 'org' | 'collection' | 'region'

/** The step's question, by the first thing it asks for ("Where is your GitLab self-managed?" read oddly). */
export const LOCATION_QUESTION: Record<Field, (hostName: string) => string> = {
  url: (host) => (/\bserver\b/i.test(host) ? `Which ${host} is the token for?` : `Which ${host} server is the token for?`),
  org: (host) => `Which ${host} organization is the token for?`,
  collection: (host) => `Which ${host} collection is the token for?`,
  region: (host) => `Which ${host} region is the token for?`,
}

const LABELS: Record<Field, { label: string; placeholder: string; hint: string }> = {
  url: { label: 'Server address', placeholder: 'https://git.example.com', hint: 'The address you open in the browser. It must use https.' },
  org: { label: 'Organization', placeholder: 'contoso', hint: 'The name after dev.azure.com/ in your browser. You may paste the whole address.' },
  collection: { label: 'Collection', placeholder: 'DefaultCollection', hint: 'The project collection, as in https://server/tfs/DefaultCollection.' },
  region: { label: 'AWS region', placeholder: 'us-east-1', hint: 'The region of your repositories, as shown in the CodeCommit console.' },
}

/** Step 2 (custom hosts, Azure DevOps, CodeCommit): say where the host is; checked with the catalog's rules. */
export const LocationStep = ({ draft, onChange, onBack, onDone }: { draft: Draft; onChange(patch: Partial<Draft>): void; onBack(): void; onDone(location: ResolvedLocation): void }) => {
  const kind = draft.kind!
  const spec = hostSpec(kind)
  const id = useId()
  const [error, setError] = useState('')
  const fields = (['url', 'org', 'collection', 'region'] as const).filter((f) => spec.needs[f])
  const submit = () => {
    const result = normalizeHostLocation(kind, draft)
    if (!result.ok) return setError(result.message)
    setError('')
    onDone(result.value)
  }
  return (
    <form className="wizard-step" aria-labelledby="step-title" onSubmit={(e) => { e.preventDefault(); submit() }}>
      <h2 id="step-title" tabIndex={-1}>{LOCATION_QUESTION[fields[0] ?? 'url'](spec.displayName)}</h2>
      <div className="card stack">
        {fields.map((field, i) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{LABELS[field].label}</label>
            <input
              id={`${id}-${field}`}
              className="input"
              value={draft[field]}
              placeholder={field === 'url' ? (spec.urlExample ?? LABELS.url.placeholder) : LABELS[field].placeholder}
              onChange={(e) => onChange({ [field]: e.target.value })}
              autoFocus={i === 0}
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-${field}-hint`}
            />
            <p className="hint" id={`${id}-${field}-hint`}>{LABELS[field].hint}</p>
          </div>
        ))}
        {error ? <p className="notice notice-danger" role="alert">{error}</p> : null}
      </div>
      <StepActions onBack={onBack} next="Continue" />
    </form>
  )
}
