import type { Draft, StepId } from './wizard-state'

/**
 * Wizard progress kept when the user leaves the screen, in renderer memory only and never with the secret:
 * coming back picks up at the same step (at the paste step if the token had been pasted).
 */
let kept: { draft: Draft; step: StepId } | null = null

/** Remembers progress without the secret (and without a check made with it). */
export const keepDraft = (draft: Draft, step: StepId): void => {
  const worthKeeping = draft.kind !== undefined && step !== 'host'
  kept = worthKeeping ? { draft: { ...draft, secret: '', check: undefined }, step: step === 'details' ? 'paste' : step } : null
}

/** Takes the kept progress, if any. */
export const takeKeptDraft = (): { draft: Draft; step: StepId } | null => {
  const out = kept
  kept = null
  return out
}
