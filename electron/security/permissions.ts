/**
 * Electron security checklist item 5 (handle session permission requests): PAT Keeper's page needs no
 * camera, location, notifications-from-page or the like. Only writing to the clipboard from a user gesture
 * (copy buttons for suggested token names and scope lists) is allowed.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/** The answer to a permission request or check. */
export const isPermissionAllowed = (permission: string): boolean => ALLOWED_PERMISSIONS.has(permission)
