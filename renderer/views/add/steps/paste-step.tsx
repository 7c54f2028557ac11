import { useId, useMemo } from 'react'
import { hostSpec, recognizeToken, variantOf } from '../../../../shared/hosts/catalog'
import { SecretInput } from '../../../components/hosts/secret-input'
import type { Draft } from '../wizard-state'
import { PasteRecognition } from './paste-recognition'
import { StepActions } from './step-actions'

/** Step 5: paste the token (masked, with a reveal toggle) and see at once what PAT Keeper recognises. */
export const PasteStep = ({ draft, onChange, onBack, onDone }: { draft: Draft; onChange(patch: Partial<Draft>): void; onBack(): void; onDone(): void }) => {
  const id = useId()
  const spec = hostSpec(draft.kind!)
  const variant = variantOf(spec.kind, draft.tokenType)
  const recognition = useMemo(() => recognizeToken(draft.secret, spec.kind), [draft.secret, spec.kind])
  const secretName = variant.secretLabel ?? 'token'
  const user = variant.username ?? { label: 'Username (optional)', hint: `Your ${spec.displayName} login. The host ignores it for tokens, but it lets git tell your accounts apart.`, required: false }
  const missingUser = user.required && !draft.username.trim()
  const ready = draft.secret.trim().length > 0 && !missingUser
  return (
    <form className="wizard-step" aria-labelledby="step-title" onSubmit={(e) => { e.preventDefault(); if (ready) onDone() }}>
      <h2 id="step-title" tabIndex={-1}>Paste the {secretName}</h2>
      <p className="muted">It goes straight to your system keychain when you save. PAT Keeper never shows it again.</p>
      <div className="card stack">
        <SecretInput label={`${secretName[0]!.toUpperCase()}${secretName.slice(1)}`} value={draft.secret} onChange={(secret) => onChange({ secret })} />
        <PasteRecognition recognition={recognition} hasSecret={draft.secret.trim().length > 0} ownPrefixes={spec.needs.url} onClean={(secret) => onChange({ secret })} />
        <div className="field">
          <label htmlFor={`${id}-user`}>{user.label}</label>
          <input id={`${id}-user`} className="input" value={draft.username} onChange={(e) => onChange({ username: e.target.value })} spellCheck={false} autoComplete="off" aria-required={user.required} aria-describedby={`${id}-user-hint`} />
          <p className="hint" id={`${id}-user-hint`}>{user.hint}</p>
        </div>
        {spec.email ? (
          <div className="field">
            <label htmlFor={`${id}-email`}>{spec.email.label}</label>
            <input id={`${id}-email`} className="input" type="email" value={draft.email} onChange={(e) => onChange({ email: e.target.value })} autoComplete="off" aria-describedby={`${id}-email-hint`} />
            <p className="hint" id={`${id}-email-hint`}>{spec.email.hint}</p>
          </div>
        ) : null}
        {spec.kind === 'codecommit' ? (
          <div className="field">
            <label htmlFor={`${id}-repo`}>Repository name (optional)</label>
            <input id={`${id}-repo`} className="input" value={draft.repository} onChange={(e) => onChange({ repository: e.target.value })} spellCheck={false} aria-describedby={`${id}-repo-hint`} />
            <p className="hint" id={`${id}-repo-hint`}>PAT Keeper checks the credentials against this repository.</p>
          </div>
        ) : null}
        {spec.kind === 'bitbucket-cloud' && draft.username.includes('@') ? (
          <p className="notice notice-warn" data-warning="email-as-username">Git needs your Bitbucket username here, not your email. Put the email in the field below.</p>
        ) : null}
        {missingUser && draft.secret.trim() ? <p className="notice notice-info">Fill in the {user.label.toLowerCase()} to continue.</p> : null}
      </div>
      <StepActions onBack={onBack} next="Check and continue" nextDisabled={!ready} />
    </form>
  )
}
