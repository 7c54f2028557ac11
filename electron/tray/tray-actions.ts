import type { NavigateRequest } from '../../shared/ipc/channels/app'
import type { Services } from '../app/services'
import type { TrayAction } from './tray-model'

/** What a tray action may do besides calling services: the window, the login item, quitting, refreshing. */
export interface TrayActionContext {
  services: Pick<Services, 'vault' | 'checker' | 'clipboard' | 'metadata' | 'deps'>
  show(route?: NavigateRequest): void
  setStartAtLogin(enabled: boolean): unknown
  quit(): void
  /** Re-runs the engine so the menu shows the new state. */
  refresh(): void
}

/** Runs one tray menu action. Failures go to the log (a tray has nowhere to show an error but the window). */
export const runTrayAction = async (action: TrayAction, ctx: TrayActionContext): Promise<void> => {
  try {
    switch (action.type) {
      case 'renew':
        return ctx.show({ view: 'renew', tokenId: action.tokenId })
      case 'open':
        return ctx.show()
      case 'open-timeline':
        return ctx.show({ view: 'timeline' })
      case 'copy':
        await ctx.services.clipboard.copySecret(await ctx.services.vault.readSecret(action.tokenId))
        return
      case 'check':
        await ctx.services.checker.checkToken(action.tokenId)
        return ctx.refresh()
      case 'check-all':
        await ctx.services.checker.checkAll()
        return ctx.refresh()
      case 'toggle-start-at-login': {
        const enabled = await ctx.services.metadata.update((doc) => (doc.settings.startAtLogin = !doc.settings.startAtLogin))
        ctx.setStartAtLogin(enabled)
        return ctx.refresh()
      }
      case 'quit':
        return ctx.quit()
    }
  } catch (error) {
    ctx.services.deps.log.warn(`tray: ${action.type} failed (${error instanceof Error ? error.message : 'error'})`)
    if (action.type === 'copy' || action.type === 'check') ctx.show({ view: 'token', tokenId: action.tokenId })
  }
}
