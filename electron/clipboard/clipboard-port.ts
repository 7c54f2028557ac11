/** The system clipboard as the clipboard service needs it (Electron's in the app, a local one in tests). */
export interface ClipboardPort {
  /** Replaces the clipboard with `text`; `concealed` asks clipboard managers and history not to keep it. */
  write(text: string, options: { concealed: boolean }): Promise<void> | void
  /** The clipboard's plain text now. */
  read(): Promise<string> | string
  /** Empties the clipboard. */
  clear(): Promise<void> | void
}

/** One extra clipboard format that marks content as a password. */
export interface ConcealFormat {
  format: string
  /** Bytes to store under the format (the flag's presence is what counts). */
  data: Uint8Array
}

/**
 * The "do not keep this" flag each platform's clipboard managers honour:
 * macOS `org.nspasteboard.ConcealedType` (nspasteboard.org convention, honoured by Maccy, Alfred...),
 * Windows `ExcludeClipboardContentFromMonitorProcessing` (Win32 clipboard formats: kept out of clipboard
 * history and cloud clipboard), Linux `x-kde-passwordManagerHint` = `secret` (Klipper, CopyQ; KeePassXC's
 * convention). Unknown platforms get none.
 */
export const concealFormats = (platform: NodeJS.Platform): ConcealFormat[] => {
  if (platform === 'darwin') return [{ format: 'org.nspasteboard.ConcealedType', data: new Uint8Array() }]
  if (platform === 'win32') return [{ format: 'ExcludeClipboardContentFromMonitorProcessing', data: new Uint8Array(4) }]
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') return [{ format: 'x-kde-passwordManagerHint', data: new TextEncoder().encode('secret') }]
  return []
}

/** A port for processes without a clipboard (the CLI): every call says so. */
export const noClipboard = (): ClipboardPort => {
  const refuse = () => {
    throw new Error('no clipboard in this process')
  }
  return { write: refuse, read: refuse, clear: refuse }
}
