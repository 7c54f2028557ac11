/** The wizard's progress: each step's name, done ones ticked, the current one marked for screen readers. */
export const Stepper = ({ steps, current }: { steps: { id: string; label: string }[]; current: string }) => {
  const index = steps.findIndex((s) => s.id === current)
  return (
    <ol className="stepper" aria-label="Progress">
      {steps.map((step, i) => (
        <li key={step.id} className={i < index ? 'done' : i === index ? 'current' : ''} aria-current={i === index ? 'step' : undefined}>
          <span className="stepper-dot" aria-hidden="true">{i < index ? '\u2713' : i + 1}</span>
          <span>{step.label}</span>
        </li>
      ))}
    </ol>
  )
}
