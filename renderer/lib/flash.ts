/**
 * A one-time message for the next screen ("Saved to your keychain."), kept in renderer memory only: the
 * screen that shows it takes it, so it never shows twice. Never holds a secret.
 */
let pending: { tokenId: string; text: string } | null = null

/** Leaves a message for the token screen of `tokenId`. */
export const leaveFlash = (tokenId: string, text: string): void => {
  pending = { tokenId, text }
}

/** The message left for this token, if any (call clearFlash once it is on screen). */
export const peekFlash = (tokenId: string): string | null => (pending?.tokenId === tokenId ? pending.text : null)

/** Forgets the message, so it shows once. */
export const clearFlash = (): void => {
  pending = null
}

/** What the token screen says right after a token was stored by the wizard or an import: where it went, and what comes next. */
export const storedFlash = (label: string, how: 'saved' | 'imported'): string =>
  `${how === 'saved' ? 'Saved' : 'Imported'} \u201c${label}\u201d to your system keychain. Next: let git use it.`
