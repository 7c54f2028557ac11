import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { requiredScopes } from '../../shared/hosts/catalog'
import { createLogger } from '../../electron/log/logger'
import { Redactor } from '../../electron/log/redact'
import { TokenChecker } from '../../electron/validation/checker'
import { createGitProbe } from '../../electron/validation/git-probe'
import { ValidationHttp } from '../../electron/validation/http-client'
import { recordAnswer, type AnswerShape } from './shapes'
import { startStandins } from './standins'
import { liveTargets } from './targets'

// `npm run test:live`: the same checks as the app, against the real hosts, with tokens from PATKEEPER_LIVE_*
// variables (README, "Live checks"). Prints each verdict and writes the answers' shapes (status, header
// names, JSON keys and types; never values) to live-results/live-shapes.json, to diff against the stand-ins.
const shapes: AnswerShape[] = []

/** The app's validation HTTP client, recording the shape of every answer. */
class RecordingHttp extends ValidationHttp {
  names: (string | undefined)[] = []
  host = ''
  override async fetch(url: string, init: RequestInit, caFile?: string): Promise<Response> {
    const response = await super.fetch(url, init, caFile)
    const slug = response.headers.get('x-ausername') ?? undefined
    shapes.push(await recordAnswer(this.host, url, init, response, [...this.names, slug]))
    return response
  }
}

const STANDINS = process.env.PATKEEPER_LIVE_STANDINS === '1'
const standins = STANDINS ? await startStandins() : undefined

describe(STANDINS ? 'the same checks against the stand-ins' : 'live checks against the real hosts (skipped without tokens)', () => {
  const redactor = new Redactor()
  const http = new RecordingHttp(process.env)
  const checker = new TokenChecker({
    vault: () => ({ list: () => [], find: () => undefined, update: () => undefined, readSecret: async () => '' }),
    http,
    git: createGitProbe(process.env),
    clock: () => new Date(),
    log: createLogger(redactor, () => undefined),
    redactor,
    dataDir: mkdtempSync(join(tmpdir(), 'patkeeper-live-')),
    requiredScopes,
    overrides: standins?.overrides,
  })
  for (const target of standins?.targets ?? liveTargets()) {
    it.skipIf(!target.draft)(`${target.kind}${target.draft ? '' : ` (set ${target.needs.join(', ')})`}`, async () => {
      const draft = target.draft!
      http.host = target.kind
      http.names = [draft.org, draft.collection, draft.username, ...(draft.repository?.split('/') ?? [])]
      const result = await checker.checkDraft(draft)
      console.log(`${target.kind}: ${result.status} | ${result.message}${result.note ? ` | note: ${result.note}` : ''}${result.tokenType ? ` | type ${result.tokenType}` : ''}`)
      expect(JSON.stringify(result)).not.toContain(draft.secret)
    })
  }
  afterAll(async () => {
    await checker.close()
    await Promise.all(standins?.hosts.map((h) => h.close()) ?? [])
    const dir = process.env.PATKEEPER_LIVE_OUT ?? 'live-results'
    const file = join(dir, STANDINS ? 'standin-shapes.json' : 'live-shapes.json')
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(shapes, null, 2)}\n`)
    console.log(`${STANDINS ? 'stand-in' : 'live'} checks: ${shapes.length} answers recorded in ${file}`)
  })
})
