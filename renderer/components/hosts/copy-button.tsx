import { useEffect, useState } from 'react'

/**
 * Copies non-secret text (a token name, a scope list, a link) with the async clipboard API; main allows
 * only `clipboard-sanitized-write`. Says "Copied" for a moment, or asks the user to copy by hand.
 */
export const CopyButton = ({ text, label, what }: { text: string; label?: string; what: string }) => {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <span className="copy">
      {/* The accessible name starts with the visible words (WCAG 2.5.3 label in name), then says what is copied. */}
      <button type="button" className="btn btn-small" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : (label ?? 'Copy')}
        <span className="sr-only"> ({what})</span>
      </button>
      <span className="sr-only" role="status">
        {state === 'copied' ? `${what} copied` : state === 'failed' ? `Could not copy the ${what}; select it and copy it by hand.` : ''}
      </span>
      {state === 'failed' ? <span className="copy-failed">Select and copy by hand</span> : null}
    </span>
  )
}
