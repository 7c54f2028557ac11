import type { ComponentType } from 'react'
import { CheckAllButton } from './check-all/check-all-button'

/** Extra buttons in the token list's header (e.g. "Check all"); each concern adds one line. */
export const LIST_HEADER_ACTIONS: ComponentType<{ onChanged(): void }>[] = [
  CheckAllButton,
]
