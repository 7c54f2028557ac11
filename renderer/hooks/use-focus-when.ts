import { useEffect, useRef } from 'react'

/**
 * A ref that gets focus whenever `shown` turns truthy: a result that replaces the button the user pressed
 * (disabled while busy, so the browser drops focus to <body>) takes the focus instead (WCAG 2.4.3).
 */
export const useFocusWhen = <T extends HTMLElement>(shown: unknown) => {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (shown) ref.current?.focus()
  }, [shown])
  return ref
}
