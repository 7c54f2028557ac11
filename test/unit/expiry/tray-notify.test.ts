import { describe, expect, it } from 'vitest'
import { evaluateExpiry } from '../../../electron/expiry/engine'
import { buildNotifications, GROUP_ABOVE } from '../../../electron/notify/notifications'
import { buildTrayModel, type TrayItem } from '../../../electron/tray/tray-model'
import { plusDays, record } from './fixtures'

const NOW = new Date('2026-11-21T08:00:00Z')
const valid = { status: 'valid' as const, checkedAt: NOW.toISOString(), message: 'ok' }

const tokens = [
  record({ id: 'deploy', label: 'ci-deploy', expiresAt: plusDays(NOW, 5), expirySource: 'host', lastCheck: valid, usedIn: [{ id: 'u1', text: 'GitHub Actions secret DEPLOY_TOKEN' }] }),
  record({ id: 'laptop', label: 'laptop', host: 'gitlab', expiresAt: '2026-11-20', expirySource: 'host', lastCheck: valid }),
  record({ id: 'docs', label: 'docs-bot', expiresAt: plusDays(NOW, 200), expirySource: 'host', lastCheck: valid }),
]

const labels = (items: TrayItem[]) => items.map((i) => (i.kind === 'separator' ? '---' : i.label))

describe('tray menu from engine output', () => {
  it('lists tokens by urgency with days left, each with Renew, Copy and Check now, then the app actions', () => {
    const model = buildTrayModel(evaluateExpiry(tokens, NOW), { startAtLogin: true })
    expect(model.icon).toBe('expired')
    expect(model.tooltip).toBe('PAT Keeper: 1 no longer works, 1 expiring (next: ci-deploy, 5 days)')
    expect(labels(model.items)).toEqual(['laptop: expired', 'ci-deploy: 5 days left', 'docs-bot: 200 days left', '---', 'Check all now', 'Open PAT Keeper', 'Start at login', '---', 'Quit'])
    const deploy = model.items[1]!
    expect(deploy.kind === 'submenu' && deploy.items.map((i) => (i.kind === 'action' ? [i.label, i.action] : null))).toEqual([
      ['Renew…', { type: 'renew', tokenId: 'deploy' }],
      ['Copy', { type: 'copy', tokenId: 'deploy' }],
      ['Check now', { type: 'check', tokenId: 'deploy' }],
    ])
    expect(model.items.find((i) => i.kind === 'checkbox')).toMatchObject({ checked: true, action: { type: 'toggle-start-at-login' } })
  })

  it('shows the worst state as the icon and a calm tooltip when all is well', () => {
    const fine = buildTrayModel(evaluateExpiry([tokens[2]!], NOW), { startAtLogin: false })
    expect([fine.icon, fine.tooltip]).toEqual(['ok', 'PAT Keeper: all 1 token OK'])
    const soon = buildTrayModel(evaluateExpiry([tokens[0]!, tokens[2]!], NOW), { startAtLogin: false })
    expect(soon.icon).toBe('expiring')
    const none = buildTrayModel(evaluateExpiry([], NOW), { startAtLogin: false })
    expect([none.tooltip, labels(none.items)[0]]).toEqual(['PAT Keeper: no tokens yet', 'No tokens yet'])
  })
})

describe('notification texts from engine output', () => {
  it('one notification per token with its most urgent alert; a click opens the renewal flow', () => {
    const result = evaluateExpiry(tokens, NOW)
    const notes = buildNotifications(result.due, result)
    expect(notes.map((n) => [n.title, n.click, n.urgency])).toEqual([
      ['GitLab.com token "laptop" has expired', { view: 'renew', tokenId: 'laptop' }, 'critical'],
      ['GitHub.com token "ci-deploy" expires in 5 days', { view: 'renew', tokenId: 'deploy' }, 'normal'],
    ])
    expect(notes[1]!.body).toBe(`It stops working on ${plusDays(NOW, 5).slice(0, 10)} 08:00 UTC. Renew it now so nothing breaks. It is used in: GitHub Actions secret DEPLOY_TOKEN.`)
    expect(notes[1]!.actions.map((a) => a.id)).toEqual(['renew', 'snooze'])
  })

  it('groups many alerts falling due at once into one notification that opens the timeline', () => {
    const many = Array.from({ length: GROUP_ABOVE + 2 }, (_, i) => record({ id: `t${i}`, label: `token-${i}`, expiresAt: plusDays(NOW, i + 1), expirySource: 'host', lastCheck: valid }))
    const result = evaluateExpiry(many, NOW)
    const notes = buildNotifications(result.due, result)
    expect(notes).toHaveLength(1)
    expect(notes[0]!.title).toBe('5 tokens need attention')
    expect(notes[0]!.body.split('\n')).toEqual(['token-0: expires in 1 day', 'token-1: expires in 2 days', 'token-2: expires in 3 days', 'token-3: expires in 4 days', '…and 1 more'])
    expect(notes[0]!.click).toEqual({ view: 'timeline' })
    expect(notes[0]!.tokenIds).toHaveLength(5)
  })

  it('nothing due, nothing shown; the age advice says why', () => {
    expect(buildNotifications([], evaluateExpiry(tokens, NOW))).toEqual([])
    const old = record({ id: 'key', label: 'aws-key', host: 'codecommit', expirySource: 'user', createdAt: plusDays(NOW, -120), lastCheck: valid })
    const result = evaluateExpiry([old], NOW)
    expect(buildNotifications(result.due, result).map((n) => n.title + ' / ' + n.body)).toEqual([
      'Time to rotate AWS CodeCommit token "aws-key" / It has no expiry and is 120 days old. Rotating keys regularly limits the damage of a leak.',
    ])
  })
})

describe('tray menu template for Electron', () => {
  it('maps every model item to a menu entry whose click runs the item action', async () => {
    const { menuTemplate } = await import('../../../electron/tray/tray-template')
    const ran: unknown[] = []
    const template = menuTemplate(buildTrayModel(evaluateExpiry(tokens, NOW), { startAtLogin: false }).items, (a) => void ran.push(a))
    expect(template.map((i) => i.type ?? i.label)).toEqual(['laptop: expired', 'ci-deploy: 5 days left', 'docs-bot: 200 days left', 'separator', 'Check all now', 'Open PAT Keeper', 'checkbox', 'separator', 'Quit'])
    const renew = (template[1]!.submenu as { label: string; click(): void }[])[0]!
    renew.click()
    ;(template[6] as { click(): void }).click()
    expect(ran).toEqual([{ type: 'renew', tokenId: 'deploy' }, { type: 'toggle-start-at-login' }])
  })
})
