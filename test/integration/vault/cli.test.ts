import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { buildCli, patkeeper } from './cli-run'

const SECRET = `ghp_${randomBytes(18).toString('hex').slice(0, 36)}`
const SECRET2 = `glpat-${randomBytes(12).toString('hex')}`

/** Every file under a folder, concatenated (for leak scans). */
const folderText = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n')

describe('patkeeper CLI as a real process', () => {
  beforeAll(buildCli, 60_000)
  const profile = () => ({ home: tempDir('patkeeper-cli-'), service: `PAT Keeper CLI Test ${randomBytes(4).toString('hex')}` })

  it('adds, lists, shows, rotates and removes a token; the secret never appears in output or files', () => {
    const p = profile()
    const add = patkeeper(['add', '--host', 'github', '--label', 'work', '--username', 'octo', '--purpose', 'write', '--expires', '2027-01-15', '--note', 'CI runner', '--note', 'notebook'], { ...p, stdin: `${SECRET}\n` })
    expect(add.stderr).toBe('')
    expect(add.code).toBe(0)
    expect(add.stdout).toMatch(/Stored "work" \(github\) in the system keychain/)
    const list = patkeeper(['list', '--json'], p)
    expect(list.code).toBe(0)
    const [token] = JSON.parse(list.stdout) as Record<string, unknown>[]
    expect(token).toMatchObject({ label: 'work', host: 'github', url: 'https://github.com', username: 'octo', scopes: [], expiresAt: '2027-01-15', expirySource: 'user', status: 'unchecked' })
    expect(typeof token!.id).toBe('string')
    expect(patkeeper(['list'], p).stdout).toMatch(/work\s+github\s+octo\s+2027-01-15/)
    const show = patkeeper(['show', 'work'], p)
    expect(show.stdout).toContain('Used in:      CI runner; notebook')
    expect(JSON.parse(patkeeper(['show', String(token!.id), '--json'], p).stdout)).toMatchObject({ id: token!.id, label: 'work' })

    const rotate = patkeeper(['rotate', 'work', '--expires', '2027-04-01'], { ...p, stdin: SECRET2 })
    expect(rotate.code).toBe(0)
    expect(rotate.stdout).toContain('CI runner; notebook')
    const rotated = JSON.parse(patkeeper(['show', 'work', '--json'], p).stdout)
    expect(rotated).toMatchObject({ id: token!.id, expiresAt: '2027-04-01', rotations: [{ previousExpiresAt: '2027-01-15' }] })

    const doctor = patkeeper(['doctor', '--json'], p)
    expect(doctor.code).toBe(0)
    expect(JSON.parse(doctor.stdout)).toMatchObject({ ok: true, keychain: { ok: true }, tokenCount: 1 })

    const refused = patkeeper(['remove', 'work'], p) // stdin is not a terminal and no --yes
    expect(refused.code).toBe(1)
    expect(JSON.parse(patkeeper(['list', '--json'], p).stdout)).toHaveLength(1)
    const removed = patkeeper(['remove', 'work', '--yes'], p)
    expect(removed.code).toBe(0)
    expect(JSON.parse(patkeeper(['list', '--json'], p).stdout)).toEqual([])

    const everything = [add, list, show, rotate, doctor, refused, removed].map((r) => r.stdout + r.stderr).join('\n') + folderText(p.home)
    expect(everything).not.toContain(SECRET)
    expect(everything).not.toContain(SECRET2)
  })

  it('uses the documented exit codes for bad input', () => {
    const p = profile()
    expect(patkeeper(['add', '--host', 'github', '--label', 'a'], { ...p, stdin: SECRET }).code).toBe(0)
    const dup = patkeeper(['add', '--host', 'github', '--label', 'A'], { ...p, stdin: SECRET2 })
    expect(dup.code).toBe(2)
    expect(dup.stderr).toMatch(/already have a github token labelled "a"/)
    expect(patkeeper(['add', '--host', 'gitbucket', '--label', 'x'], { ...p, stdin: SECRET }).code).toBe(2)
    expect(patkeeper(['add', '--host', 'github', '--label', 'x', '--bogus'], { ...p, stdin: SECRET }).code).toBe(2)
    expect(patkeeper(['add', '--host', 'github', '--label', 'empty'], { ...p, stdin: '' }).code).toBe(2)
    const missing = patkeeper(['show', 'nope'], p)
    expect(missing.code).toBe(4)
    expect(missing.stderr).toContain('patkeeper list')
    expect(patkeeper(['add', '--help'], p).stdout).toContain('Exit codes')
    patkeeper(['remove', 'a', '--yes'], p)
  })

  it('with no Secret Service at all: exit 3, says what to install, writes nothing', () => {
    const p = profile()
    const run = patkeeper(['add', '--host', 'github', '--label', 'x'], { ...p, stdin: SECRET, env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: undefined } })
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/No system keychain is available, so nothing was saved/)
    expect(run.stderr).toMatch(/gnome-keyring|KeePassXC/)
    expect(existsSync(join(p.home, 'metadata.json'))).toBe(false)
    const doctor = patkeeper(['doctor', '--json'], { ...p, env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: undefined } })
    expect(doctor.code).toBe(3)
    expect(JSON.parse(doctor.stdout).keychain).toMatchObject({ ok: false, code: 'keychain-missing' })
    expect(folderText(p.home)).not.toContain(SECRET)
  })
})
