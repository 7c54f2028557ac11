// The Electron side of the clipboard: thin on purpose (the logic is in clipboard-service.ts, tested in Node).
import { clipboard, ClipboardItem } from 'electron'
import { concealFormats, type ClipboardPort } from './clipboard-port'

/** Electron's syntax for a raw platform clipboard format inside a ClipboardItem (Electron >= 44). */
const raw = (format: string) => `electron application/osclipboard;format="${format}"`

/** The system clipboard through Electron; a concealed write adds the platform's password flag in the same item. */
export const electronClipboard = (platform: NodeJS.Platform = process.platform): ClipboardPort => ({
  write: async (text, { concealed }) => {
    const items: Record<string, string | Blob> = { 'text/plain': text }
    if (concealed) for (const f of concealFormats(platform)) items[raw(f.format)] = new Blob([new Uint8Array(f.data)])
    // One write() commits every entry atomically, so the flag and the text arrive together.
    await clipboard.write([new ClipboardItem(items)])
  },
  read: () => clipboard.readText(),
  clear: () => clipboard.clear(),
})
