import { useCallback, useEffect, useRef, useState } from 'react'
import type { HostKind, Purpose } from '../../../shared/domain/hosts'
import { hostSpec, requiredScopes, recognizeToken, type ResolvedLocation } from '../../../shared/hosts/catalog'
import { Stepper } from '../../components/hosts/stepper'
import { PageHeader } from '../../components/page-header'
import { useNavigation } from '../../hooks/use-navigation'
import { leaveFlash, storedFlash } from '../../lib/flash'
import { invoke } from '../../lib/ipc'
import '../../styles/wizard.css'
import { DetailsStep } from './steps/details-step'
import { GuideStep } from './steps/guide-step'
import { HostStep } from './steps/host-step'
import { LocationStep } from './steps/location-step'
import { PasteStep } from './steps/paste-step'
import { PurposeStep } from './steps/purpose-step'
import { keepDraft, takeKeptDraft } from './kept-draft'
import { defaultTokenName, draftTarget, emptyDraft, stepsFor, type Draft, type StepId } from './wizard-state'

/** The add-token wizard: host -> where -> purpose -> create (guide) -> paste -> save; every step can go back. */
export const AddTokenView = () => {
  const { navigate } = useNavigation()
  // Progress from an earlier visit (never its secret) is picked up where it was left.
  const [resumed] = useState(takeKeptDraft)
  const [draft, setDraft] = useState<Draft>(() => resumed?.draft ?? emptyDraft(new Date()))
  const [step, setStep] = useState<StepId>(resumed?.step ?? 'host')
  const latest = useRef({ draft, step, saved: false })
  latest.current = { ...latest.current, draft, step }
  // Leaving the screen any way (sidebar, tray) keeps the progress; Cancel and Save do not.
  useEffect(() => () => {
    if (!latest.current.saved) keepDraft(latest.current.draft, latest.current.step)
  }, [])
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState('')
  const top = useRef<HTMLDivElement>(null)
  const change = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), [])
  const steps = stepsFor(draft.kind)
  const go = (id: StepId) => setStep(id)
  const back = () => {
    const i = steps.findIndex((s) => s.id === step)
    if (i > 0) go(steps[i - 1]!.id)
  }
  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    top.current?.querySelector<HTMLElement>('#step-title')?.focus()
  }, [step])

  const pickHost = (kind: HostKind) => {
    const spec = hostSpec(kind)
    const needsWhere = Object.values(spec.needs).some(Boolean)
    const sameHost = draft.kind === kind
    change({ kind, tokenType: sameHost ? draft.tokenType : spec.variants[0]!.id, location: needsWhere ? (sameHost ? draft.location : undefined) : { kind, url: spec.defaultUrl! }, check: undefined })
    go(needsWhere ? 'location' : 'purpose')
  }
  const pickLocation = (location: ResolvedLocation) => {
    change({ location })
    go('purpose')
  }
  const toGuide = (purpose: Purpose) => {
    // Keep a name the user edited; otherwise follow the purpose.
    const generated = /^PAT Keeper (read|write|write-workflows|integration) \d{4}-\d{2}-\d{2}$/.test(draft.tokenName)
    change({ purpose, ...(generated ? { tokenName: defaultTokenName(purpose, new Date()) } : {}) })
    go('guide')
  }
  const save = async () => {
    const loc = draft.location!
    const secret = draft.secret.trim()
    const tokenType = draft.check?.tokenType ?? recognizeToken(secret, loc.kind).tokenType ?? draft.tokenType
    setSaving(true)
    setSaveError('')
    const result = await invoke('tokens:add', {
      ...draftTarget(draft),
      label: draft.label.trim(),
      scopes: draft.check?.scopes ?? requiredScopes(loc.kind, draft.purpose, draft.tokenType),
      expiresAt: draft.expirySource === 'host' && draft.hostExpiresAt?.slice(0, 10) === draft.expiresOn ? draft.hostExpiresAt : draft.expiresOn || null,
      expirySource: draft.expiresOn || draft.expirySource === 'host' ? draft.expirySource : null,
      tokenType,
      usedIn: draft.usedIn,
    })
    setSaving(false)
    if (!result.ok) return setSaveError(result.message)
    // Store a fresh check with the token so the list shows its status at once; skipped when the host was
    // unreachable a moment ago (the periodic check will try again).
    if (draft.check && !['unreachable', 'host-error', 'rate-limited'].includes(draft.check.status)) void invoke('tokens:check', result.value.id)
    // The secret leaves the renderer's memory with the draft.
    latest.current.saved = true
    setDraft(emptyDraft(new Date()))
    leaveFlash(result.value.id, storedFlash(result.value.label, 'saved'))
    navigate({ view: 'token', tokenId: result.value.id })
  }
  const cancel = () => {
    latest.current.saved = true // nothing to keep
    navigate({ view: 'tokens' })
  }

  return (
    <div className="page wizard" ref={top}>
      <PageHeader
        title="Add a token"
        description="PAT Keeper walks you to a working token with the least access, then keeps it in your system keychain."
        actions={<button className="btn btn-ghost" onClick={cancel}>Cancel</button>}
      />
      {resumed ? <div className="notice notice-info" role="status">Picked up where you left off{resumed.step === 'paste' ? '; paste the token again (PAT Keeper does not keep it while you are away)' : ''}. Cancel starts over.</div> : null}
      <Stepper steps={steps} current={step} />
      {step === 'host' ? <HostStep selected={draft.kind} onPick={pickHost} /> : null}
      {step === 'location' ? <LocationStep draft={draft} onChange={change} onBack={back} onDone={pickLocation} /> : null}
      {step === 'purpose' ? <PurposeStep draft={draft} onChange={change} onBack={back} onDone={toGuide} /> : null}
      {step === 'guide' ? <GuideStep draft={draft} onChange={change} onBack={back} onDone={() => go('paste')} /> : null}
      {step === 'paste' ? <PasteStep draft={draft} onChange={change} onBack={back} onDone={() => go('details')} /> : null}
      {step === 'details' ? <DetailsStep draft={draft} onChange={change} onBack={back} onSave={() => void save()} saving={saving} saveError={saveError} /> : null}
    </div>
  )
}
