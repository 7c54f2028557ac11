import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { evaluateExpiry } from '../../../electron/expiry/engine'
import { exportOverview } from '../../../electron/export/export'
import { csvCell } from '../../../electron/export/tabular'
import { record } from './fixtures'

const NOW = new Date('2026-11-21T08:00:00Z')

const tokens = [
  record({ id: 'deploy', label: 'ci-deploy, prod; "main"', expiresAt: '2026-11-26T10:30:00Z', expirySource: 'host', usedIn: [{ id: 'u', text: 'Jenkins credential "deploy"\nsecond line' }] }),
  record({ id: 'gitlab', label: 'laptop — Ünïcödé label that is long enough to need folding in the calendar file', host: 'gitlab', expiresAt: '2026-12-01', expirySource: 'host' }),
  record({ id: 'key', label: 'aws key', host: 'codecommit', expirySource: 'user' }),
  record({ id: 'unknown', label: '=HYPERLINK("x")', expiresAt: null }),
]

describe('calendar and data export', () => {
  const overview = evaluateExpiry(tokens, NOW)

  it('the .ics parses with ical.js and has one event per token with expiry, alarm at the first threshold', () => {
    const file = exportOverview(overview, 'ics')
    expect(file.fileName).toBe('pat-keeper-expiry-2026-11-21.ics')
    expect(file.content.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    const calendar = new ICAL.Component(ICAL.parse(file.content))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(2)
    const byStart = Object.fromEntries(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()]))
    expect(byStart).toEqual({
      'Token expires: ci-deploy, prod; "main" (GitHub.com)': '2026-11-26T10:30:00.000Z',
      'Token expires: laptop — Ünïcödé label that is long enough to need folding in the calendar file (GitLab.com)': '2026-12-01T00:00:00.000Z',
    })
    const deploy = events.find((e) => e.summary.startsWith('Token expires: ci-deploy'))!
    expect(deploy.description).toContain('Used in: Jenkins credential "deploy"\nsecond line.')
    const alarm = deploy.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-P30D')
    expect(new Set(events.map((e) => e.uid)).size).toBe(2)
  })

  it('json and csv carry the same rows, with formula-looking cells defused', () => {
    const rows = JSON.parse(exportOverview(overview, 'json').content) as { id: string; daysLeft: number | null; state: string }[]
    expect(rows.map((r) => [r.id, r.daysLeft, r.state])).toEqual([
      ['deploy', 6, 'expiring'],
      ['gitlab', 10, 'expiring'],
      ['unknown', null, 'stale-check'],
      ['key', null, 'stale-check'],
    ])
    const csv = exportOverview(overview, 'csv').content.split('\r\n')
    expect(csv[0]).toBe('id,label,host,url,expires_at,expiry_source,days_left,state,status,used_in')
    expect(csv[1]).toBe('deploy,"ci-deploy, prod; ""main""",github,https://github.com,2026-11-26T10:30:00.000Z,host,6,expiring,unchecked,"Jenkins credential ""deploy""\nsecond line"')
    expect(csv).toContain(`unknown,"'=HYPERLINK(""x"")",github,https://github.com,,,,stale-check,unchecked,`)
    expect(csvCell('-1')).toBe("'-1")
  })
})
