import type { ReactNode } from 'react'

/** Back and primary buttons at the bottom of a step; the primary one submits the step's form (Enter works). */
export const StepActions = ({ onBack, next, nextDisabled, extra }: { onBack?: () => void; next: string; nextDisabled?: boolean; extra?: ReactNode }) => (
  <div className="wizard-actions">
    {onBack ? (
      <button type="button" className="btn" onClick={onBack}>
        Back
      </button>
    ) : null}
    <div className="spacer" />
    {extra}
    <button type="submit" className="btn btn-primary" disabled={nextDisabled}>
      {next}
    </button>
  </div>
)
