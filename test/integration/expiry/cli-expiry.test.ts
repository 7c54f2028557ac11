import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { buildCli, patkeeper } from '../vault/cli-run'

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

describe('patkeeper expiring and export (built CLI, real keychain)', () => {
  const opts = { home: tempDir(), service: `PAT Keeper Test ${randomBytes(4).toString('hex')}` }
  beforeAll(async () => {
    await buildCli()
    const add = (label: string, expires: string | null, secret: string) =>
      patkeeper(['add', '--host', 'github', '--label', label, ...(expires ? ['--expires', expires] : []), '--note', 'CI, nightly'], { ...opts, stdin: secret })
    for (const r of [add('soon', day(5), 'ghp_' + '1'.repeat(36)), add('later', day(60), 'ghp_' + '2'.repeat(36)), add('never', null, 'ghp_' + '3'.repeat(36)), add('gone', day(-2), 'ghp_' + '4'.repeat(36))])
      expect(r.code, r.stderr).toBe(0)
  }, 60_000)

  it('lists what expires within the window, soonest first, as a table and as JSON', () => {
    const table = patkeeper(['expiring'], opts)
    expect(table.code).toBe(0)
    const lines = table.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^LABEL\s+HOST\s+EXPIRES \(UTC\)\s+WHEN\s+ID$/)
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(['gone', 'soon'])
    expect(lines[2]).toContain(`${day(5)} 00:00 UTC`)
    const json = JSON.parse(patkeeper(['expiring', '--within', '90d', '--json'], opts).stdout) as { label: string; daysLeft: number; state: string; usedIn: string[] }[]
    expect(json.map((t) => [t.label, t.state])).toEqual([['gone', 'expired'], ['soon', 'expiring'], ['later', 'ok']])
    expect(json[1]!.usedIn).toEqual(['CI, nightly'])
    expect(patkeeper(['expiring', '--within', 'soon'], opts)).toMatchObject({ code: 2, stderr: expect.stringContaining('--within takes a number of days') })
    expect(patkeeper(['expiring', '--within', '1d'], opts).stdout).toMatch(/^LABEL/)
  })

  it('exports an .ics that a real parser reads, one event per token with expiry; json and csv too', () => {
    const out = join(opts.home, 'tokens.ics')
    const run = patkeeper(['export', '--format', 'ics', '--output', out], opts)
    expect(run.code, run.stderr).toBe(0)
    const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.summary).sort()).toEqual(['Token expires: gone (GitHub.com)', 'Token expires: later (GitHub.com)', 'Token expires: soon (GitHub.com)'])
    expect(patkeeper(['export', '--format', 'csv'], opts).stdout.split('\r\n')[0]).toBe('id,label,host,url,expires_at,expiry_source,days_left,state,status,used_in')
    expect(JSON.parse(patkeeper(['export', '--format', 'json'], opts).stdout)).toHaveLength(4)
    expect(patkeeper(['export', '--format', 'pdf'], opts).code).toBe(2)
    for (const f of ['ics', 'json', 'csv']) expect(patkeeper(['export', '--format', f], opts).stdout).not.toMatch(/ghp_/)
  })
})
