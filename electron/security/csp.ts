/**
 * Content-Security-Policy sent as a response header by the `app://` handler (Electron security checklist
 * item 7: define a CSP). Production allows only the app's own files; no inline script, no remote content.
 */
export const PRODUCTION_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** The looser policy for Vite's dev server only (React refresh needs inline scripts and a websocket). */
export const devCsp = (devServerOrigin: string): string => {
  const ws = devServerOrigin.replace(/^http/, 'ws')
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' ${devServerOrigin}`,
    `style-src 'self' 'unsafe-inline' ${devServerOrigin}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${devServerOrigin} ${ws}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}
