import type { ComponentType } from 'react'

/** Extra buttons in the token list's header (e.g. "Check all"); each concern adds one line. */
export const LIST_HEADER_ACTIONS: ComponentType<{ onChanged(): void }>[] = []
