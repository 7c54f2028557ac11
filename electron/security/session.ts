import { readFile } from 'node:fs/promises'
import { protocol, type Session } from 'electron'
import { resolveAppFile, mimeTypeFor } from './app-protocol'
import { isPermissionAllowed } from './permissions'

/** Must run before `app.ready`: makes `app://` a standard, secure scheme (so CSP 'self' and fetch work). */
export const registerAppScheme = (): void =>
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])

/** Serves the built renderer over app:// with the CSP as a response header (checklist items 7 and 18). */
export const serveAppProtocol = (session: Session, rendererRoot: string, csp: string): void => {
  session.protocol.handle('app', async (request) => {
    const file = resolveAppFile(request.url, request.method, rendererRoot)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { 'content-type': mimeTypeFor(file), 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}

/** Denies every permission the page did not explicitly need (checklist item 5). */
export const lockDownPermissions = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)))
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission))
}
