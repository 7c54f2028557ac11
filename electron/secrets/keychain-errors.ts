import { AppError } from '../errors/app-error'
import { GET_PATKEEPER } from '../../shared/cli/get-patkeeper'

/** Words for "install or start a keychain" on this platform. */
const missingAdvice = (platform: NodeJS.Platform): string =>
  platform === 'linux'
    ? 'Install and start a Secret Service provider (GNOME Keyring: "sudo apt install gnome-keyring", or enable KeePassXC\'s Secret Service integration), then try again.'
    : platform === 'darwin'
      ? 'Open Keychain Access and make sure your login keychain exists, then try again.'
      : 'Make sure Windows Credential Manager is available for your account, then try again.'

/** Words for "unlock your keychain" on this platform. */
const lockedAdvice = (platform: NodeJS.Platform): string =>
  platform === 'linux'
    ? 'Unlock your login keyring (open "Passwords and Keys" / Seahorse, or KeePassXC) and try again.'
    : platform === 'darwin'
      ? 'Unlock your login keychain in Keychain Access and try again.'
      : 'Sign in to Windows again so Credential Manager unlocks, then try again.'

/** The error for a keychain that is not there at all. */
export const keychainMissing = (platform: NodeJS.Platform = process.platform, cause?: unknown): AppError =>
  new AppError('keychain-missing', `No system keychain is available, so nothing was saved. ${missingAdvice(platform)}`, { cause })

/** The error for a locked keychain (or one that did not answer in time, which is how a pending unlock prompt looks). */
export const keychainLocked = (platform: NodeJS.Platform = process.platform, cause?: unknown): AppError =>
  new AppError('keychain-locked', `The system keychain is locked, so nothing was saved or read. ${lockedAdvice(platform)}`, { cause })

/** The error for a keychain that refused this app. */
export const keychainDenied = (platform: NodeJS.Platform = process.platform, cause?: unknown): AppError =>
  new AppError(
    'keychain-denied',
    `The system keychain refused access to PAT Keeper, so nothing was changed. Allow PAT Keeper when the keychain asks${platform === 'darwin' ? ' (Keychain Access > the item > Access Control)' : ''}, then try again.`,
    { cause },
  )

/**
 * Maps a keytar/libsecret/Keychain/Credential Manager error to a user error by its message.
 * The raw message never holds the secret (keytar reports the service and status only).
 */
export const mapKeychainError = (error: unknown, platform: NodeJS.Platform = process.platform): AppError => {
  const text = error instanceof Error ? error.message : String(error)
  if (/locked|timed out|timeout|not unlocked/i.test(text)) return keychainLocked(platform, error)
  if (/cancel|denied|not allowed|interaction is not allowed|user.*declin|dismiss|errSecAuthFailed|authori[sz]ation/i.test(text)) return keychainDenied(platform, error)
  if (/autolaunch|D-?Bus|could not connect|connection refused|org\.freedesktop\.secrets|secret service|not provided by any|no such interface|ServiceUnknown|cannot load|keychain.*(not found|missing)|No keychain/i.test(text))
    return keychainMissing(platform, error)
  return new AppError('storage-failed', `The system keychain reported an error, so nothing was changed: ${text.slice(0, 200)}. Run "patkeeper doctor" to check it. ${GET_PATKEEPER}`, { cause: error })
}
