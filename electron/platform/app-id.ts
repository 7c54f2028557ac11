/**
 * The application id: electron-builder's `appId` (build/electron-builder.config.cjs) and, on Windows, the
 * AppUserModelId. electron-builder's NSIS docs: "set the Application User Model ID (AUMID) to the appId …
 * `app.setAppUserModelId(appId)`", or toasts and the Start-menu shortcut disagree about who the app is.
 */
export const APP_ID = 'dev.patkeeper.app'
