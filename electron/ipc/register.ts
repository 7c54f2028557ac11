import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { INVOKE_CHANNELS } from '../../shared/ipc/contract'
import type { Dispatch } from './dispatch'
import type { SenderInfo } from './sender-check'

/** What main knows about the sender of an invoke (a destroyed frame gives an untrusted sender). */
const senderOf = (event: IpcMainInvokeEvent): SenderInfo => ({
  webContentsId: event.sender.id,
  frameUrl: event.senderFrame?.url ?? '',
  isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
})

/** Registers every contract channel on ipcMain; each call goes through the shared dispatcher. */
export const registerIpc = (dispatch: Dispatch): void => {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatch(senderOf(event), channel, args))
  }
}
