/** One keyboard shortcut: what it does, the keys as shown, and whether a key event is it. */
export interface Shortcut {
  id: 'add' | 'search' | 'check' | 'copy' | 'help'
  keys: string
  does: string
  matches(e: KeyboardEvent): boolean
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey

/**
 * Every shortcut, in one place: the key handler and the shortcut list both read this. Keys follow what
 * GitHub Desktop and 1Password users try first (Ctrl/Cmd+N, Ctrl/Cmd+F, "/", "?").
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'add', keys: 'Ctrl+N', does: 'Add a token', matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'n' },
  { id: 'search', keys: 'Ctrl+F or /', does: 'Search the token list', matches: (e) => (mod(e) && e.key.toLowerCase() === 'f') || (!mod(e) && e.key === '/') },
  { id: 'check', keys: 'Ctrl+K', does: 'Check all tokens (on a token: check it now)', matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'k' },
  { id: 'copy', keys: 'Ctrl+Shift+C', does: 'Copy the token shown (cleared from the clipboard as set in Settings)', matches: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'c' },
  { id: 'help', keys: '?', does: 'Show these shortcuts', matches: (e) => !mod(e) && e.key === '?' },
]

/** True when the key belongs to what the user is typing in (a field), so a bare-key shortcut must not fire. */
export const isTyping = (e: KeyboardEvent): boolean => {
  const el = e.target as HTMLElement | null
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
}
