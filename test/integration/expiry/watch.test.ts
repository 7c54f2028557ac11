import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServices } from '../../../electron/app/services'
import { createExpiryWatch } from '../../../electron/expiry/watch'
import type { NotificationSpec } from '../../../electron/notify/notifications'
import { runTrayAction } from '../../../electron/tray/tray-actions'
import type { TrayModel } from '../../../electron/tray/tray-model'
import type { NavigateRequest } from '../../../shared/ipc/channels/app'
import { createTestDeps } from '../../helpers/test-deps'
import { githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { FakeTime } from '../../unit/expiry/fake-time'

const SOON = 'ghp_' + 'f'.repeat(36)
const LATER = 'ghp_' + 'l'.repeat(36)
const START = Date.parse('2026-11-21T08:00:00Z')

describe('expiry watch over the real vault, checker and keychain', () => {
  let gh: FakeHost
  beforeAll(async () => {
    gh = await startFakeHost(
      githubPlay({
        [SOON]: { login: 'octocat', scopes: ['repo'], expires: '2026-11-26 08:30:00 UTC' },
        [LATER]: { login: 'octocat', scopes: ['repo'], expires: '2027-03-01 00:00:00 UTC' },
      }),
    )
  })
  afterAll(async () => gh.close())

  it('re-checks, notifies once, stores the history, draws the tray and acts on tray clicks', async () => {
    const time = new FakeTime(START)
    const events: string[] = []
    const deps = createTestDeps({ apiOverrides: { github: gh.url }, clock: time.clock, emit: (event) => void events.push(event) })
    const services = createServices(deps)
    const soon = await services.vault.add({ host: 'github', label: 'ci-deploy', secret: SOON, usedIn: ['Actions secret DEPLOY_TOKEN'] })
    await services.vault.add({ host: 'github', label: 'docs-bot', secret: LATER })
    const shown: NotificationSpec[] = []
    const trays: TrayModel[] = []
    const watch = createExpiryWatch(services, { notify: (s) => shown.push(...s), updateTray: (m) => trays.push(m), timers: time })
    await watch.start()

    // The background check filled in the host's expiry; the engine then saw 5 days left.
    expect((await services.vault.find(soon.id)).expiresAt).toBe('2026-11-26T08:30:00.000Z')
    expect(shown.map((n) => [n.title, n.click])).toEqual([['GitHub.com token "ci-deploy" expires in 6 days', { view: 'renew', tokenId: soon.id }]])
    expect((await services.vault.find(soon.id)).alerts.sent).toEqual(['30d', '14d', '7d'])
    const tray = trays.at(-1)!
    expect([tray.icon, tray.tooltip]).toEqual(['expiring', 'PAT Keeper: 1 expiring (next: ci-deploy, 6 days)'])
    expect(tray.items.slice(0, 2).map((i) => i.kind !== 'separator' && i.label)).toEqual(['ci-deploy: 6 days left', 'docs-bot: 100 days left'])
    expect(events).toContain('expiry:changed')

    // Running again shows nothing new; two days later the 3-day alert comes.
    await watch.run('manual')
    expect(shown).toHaveLength(1)
    await time.advance(2 * 86_400_000 + 3_600_000)
    // (the hourly runs re-check over real HTTP, so wait for the run in flight)
    await vi.waitFor(() => expect(shown.map((n) => n.title).at(-1)).toBe('GitHub.com token "ci-deploy" expires in 3 days'))

    // Tray clicks: renew opens the flow, start-at-login toggles the stored setting, copy uses the clipboard.
    const routes: (NavigateRequest | undefined)[] = []
    const login: boolean[] = []
    const clip: { text?: string; concealed?: boolean } = {}
    services.clipboard.attach({ write: (text, o) => void Object.assign(clip, { text, concealed: o.concealed }), read: () => clip.text ?? '', clear: () => void (clip.text = '') })
    const ctx = { services, show: (r?: NavigateRequest) => void routes.push(r), setStartAtLogin: (v: boolean) => void login.push(v), quit: () => undefined, refresh: () => undefined }
    await runTrayAction({ type: 'renew', tokenId: soon.id }, ctx)
    await runTrayAction({ type: 'toggle-start-at-login' }, ctx)
    await runTrayAction({ type: 'copy', tokenId: soon.id }, ctx)
    expect(routes).toEqual([{ view: 'renew', tokenId: soon.id }])
    expect(login).toEqual([true])
    expect((await services.metadata.read()).settings.startAtLogin).toBe(true)
    expect(clip).toEqual({ text: SOON, concealed: true })
    watch.stop()
    expect(deps.logLines.join('\n')).not.toContain(SOON)
  })
})
