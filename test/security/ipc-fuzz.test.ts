import { existsSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/app/services'
import { createDispatcher, type Dispatch } from '../../electron/ipc/dispatch'
import { createHandlers } from '../../electron/ipc/handlers'
import { HOST_KINDS } from '../../shared/domain/hosts'
import { INVOKE_CHANNELS, invokeChannels } from '../../shared/ipc/contract'
import { IPC_ERROR_CODES } from '../../shared/ipc/result'
import { LeakScanner } from '../helpers/leak-scan'
import { createTestDeps } from '../helpers/test-deps'
import { createGitWorld, type GitWorld } from '../rigs/git/git-env'
import { anyValue, FUZZ_SECRET_MARK, fromSchema, mutateArgs, nastyString, POLLUTION_KEYS } from './fuzz/arbitraries'
import { suiteFigures } from './support/figures'
import { startSink } from './support/sink-server'
import { keychainItems, snapshot, type StateSnapshot } from './support/state'

const TRUSTED = { webContentsId: 1, frameUrl: 'app://renderer/index.html', isMainFrame: true }
/** Time budget per channel; the whole file stays near a minute however many channels the contract grows. */
const PER_CHANNEL_MS = Math.max(700, Math.floor(40_000 / INVOKE_CHANNELS.length))
const RUNS_PER_CHANNEL = 1500
/** A fixed seed keeps CI reproducible; set PATKEEPER_FUZZ_SEED to explore other inputs (any failure prints its seed). */
const SEED = Number(process.env.PATKEEPER_FUZZ_SEED ?? 20261121)
const figures = suiteFigures('ipc-fuzz')
/** Names any value safely for messages (null-prototype objects have no toString). */
const label = (v: unknown): string => (typeof v === 'string' ? v : Object.prototype.toString.call(v))
const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype), Object.getOwnPropertyNames(Function.prototype)].map((k) => k.sort().join(','))

describe('IPC fuzzing: every contract channel through the real dispatcher and handlers', () => {
  let sink: Awaited<ReturnType<typeof startSink>>
  let world: GitWorld
  let deps: ReturnType<typeof createTestDeps>
  let services: Services
  let dispatch: Dispatch
  const protoBefore = prototypeKeys()
  const keychainModel = new Map<string, string>()
  const totals = { accepted: 0 }
  const modelText = () => JSON.stringify([...keychainModel.entries()].sort())

  // Regression guard: fuzzed "repo" setups once resolved a relative folder against the working folder and
  // wrote credential settings into this project's own .git/config.
  const projectGitConfig = new URL('../../.git/config', import.meta.url)
  const projectConfigBefore = existsSync(projectGitConfig) ? readFileSync(projectGitConfig, 'utf8') : null

  beforeAll(async () => {
    sink = await startSink()
    world = createGitWorld('patkeeper-fuzz-git-')
    const dataDir = world.path('data')
    // Every host kind points at the loopback sink: an accepted fuzz input can never send anything elsewhere.
    const apiOverrides = Object.fromEntries(HOST_KINDS.map((k) => [k, sink.url]))
    deps = createTestDeps({ dataDir, env: { ...world.env, PATKEEPER_HOME: dataDir }, apiOverrides, validationNetwork: { timeoutMs: 1000, retryBackoffMs: 1, retryAfterCapMs: 1 } })
    services = createServices(deps)
    // Keep a model of the keychain from every successful write and delete the services make (the same
    // object all of them hold), so each refused call can be checked for a net keychain change at no cost;
    // each channel's end compares the model with the real Secret Service.
    const store = services.secrets
    const { set, delete: remove } = { set: store.set.bind(store), delete: store.delete.bind(store) }
    Object.assign(store, {
      set: async (id: string, value: string) => {
        await set(id, value)
        keychainModel.set(id, createHash('sha256').update(value).digest('hex'))
      },
      delete: async (id: string) => {
        const deleted = await remove(id)
        keychainModel.delete(id)
        return deleted
      },
    })
    dispatch = createDispatcher(createHandlers(services), { trustedIds: new Set([1]) }, deps.log)
    await services.vault.add({ host: 'github', label: 'fuzz seed', secret: `ghp_${FUZZ_SECRET_MARK}seed000000000000000000` })
  })

  afterAll(async () => {
    // Nothing the fuzzer sent as a secret may show up in the log or the data folder.
    const scanner = new LeakScanner([FUZZ_SECRET_MARK])
    figures.figures.secretsScanned += 1
    scanner.scanLog(deps.logLines, 'fuzz log')
    scanner.scanDir(deps.dataDir, 'fuzz data')
    figures.figures.placesScanned += scanner.places
    figures.figures.tokensLeaked += scanner.hits.length
    figures.write()
    console.log(`ipc fuzz: ${figures.figures.fuzzCases} cases over ${INVOKE_CHANNELS.length} channels (seed ${SEED}); ${totals.accepted} accepted and handled, the rest refused with typed errors; ${sink?.requests() ?? 0} checks reached the loopback sink`)
    await sink?.close()
    expect(scanner.hits).toEqual([])
    expect(existsSync(projectGitConfig) ? readFileSync(projectGitConfig, 'utf8') : null).toBe(projectConfigBefore)
  })

  /** Runs one call and checks the invariants; returns the result. */
  const call = async (channel: unknown, args: unknown, before: StateSnapshot, sender = TRUSTED) => {
    const modelBefore = modelText()
    let result: Awaited<ReturnType<Dispatch>>
    try {
      result = await dispatch(sender, channel, args)
    } catch (error) {
      throw new Error(`dispatcher threw for ${label(channel)}: ${String(error)}`, { cause: error })
    }
    figures.figures.fuzzCases += 1
    expect(typeof result.ok).toBe('boolean')
    expect(JSON.stringify(result) ?? '').not.toContain(FUZZ_SECRET_MARK)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (!result.ok) {
      expect(IPC_ERROR_CODES).toContain(result.code)
      // 'internal' means a handler threw something unplanned: a bug, even though the dispatcher caught it.
      expect(result.code, `${label(channel)} -> ${result.message}`).not.toBe('internal')
      expect(result.message.length).toBeGreaterThan(10)
      expect(result.message.length).toBeLessThan(1200)
      const after = await snapshot(deps.dataDir, deps.keychainService, [world.globalConfig], false)
      expect(after.files, `${label(channel)} changed the data folder on refusal (${result.code}: ${result.message})`).toEqual(before.files)
      expect(after.extra).toEqual(before.extra)
      expect(modelText(), `${label(channel)} changed the keychain on refusal (${result.code})`).toBe(modelBefore)
    }
    return result
  }

  it('refuses every channel from an untrusted sender without running it', async () => {
    const before = await snapshot(deps.dataDir, deps.keychainService, [world.globalConfig])
    const sender = fc.record({ webContentsId: fc.integer({ min: -5, max: 5 }), frameUrl: fc.oneof(nastyString(), fc.constantFrom('app://renderer/index.html', 'https://evil.example/', 'app://evil/index.html', 'file:///index.html', 'app://renderer@evil/')), isMainFrame: fc.boolean() })
      .filter((s) => !(s.webContentsId === 1 && s.isMainFrame && /^app:\/\/renderer\//.test(s.frameUrl)))
    await fc.assert(
      fc.asyncProperty(sender, fc.constantFrom(...INVOKE_CHANNELS), anyValue(), async (s, channel, args) => {
        const result = await call(channel, args, before, s)
        expect(result).toMatchObject({ ok: false, code: 'untrusted-sender' })
      }),
      { numRuns: 600, seed: SEED },
    )
    expect(await keychainItems(deps.keychainService)).toEqual(before.keychain)
    figures.passed('ipc-sender-args')
  })

  it('refuses channel names that are not in the contract, including prototype names', async () => {
    const before = await snapshot(deps.dataDir, deps.keychainService, [world.globalConfig], false)
    const names = fc.oneof(anyValue(), fc.constantFrom(...POLLUTION_KEYS, 'tokens:dump', 'TOKENS:LIST', 'tokens:list ', 'app:info\0'))
    await fc.assert(
      fc.asyncProperty(names.filter((n) => !(typeof n === 'string' && Object.hasOwn(invokeChannels, n))), anyValue(), async (channel, args) => {
        expect(await call(channel, args, before)).toMatchObject({ ok: false, code: 'unknown-channel' })
      }),
      { numRuns: 600, seed: SEED },
    )
    figures.passed('ipc-sender-args')
  })

  for (const name of INVOKE_CHANNELS) {
    it(`channel ${name}: random, schema-shaped and almost-valid arguments are refused or handled`, async () => {
      const schema = invokeChannels[name].args
      if ((await services.vault.list()).length === 0) await services.vault.add({ host: 'github', label: `fuzz seed ${name}`, secret: `ghp_${FUZZ_SECRET_MARK}seed000000000000000000` })
      const ids: string[] = (await services.vault.list()).map((t) => t.id)
      const valid = fromSchema(schema, '', () => ids)
      const argsArb = fc.oneof({ weight: 3, arbitrary: anyValue() }, { weight: 2, arbitrary: fc.array(anyValue(), { maxLength: 4 }) }, { weight: 3, arbitrary: mutateArgs(valid) }, { weight: 2, arbitrary: valid })
      const keychainBefore = await keychainItems(deps.keychainService)
      let before = await snapshot(deps.dataDir, deps.keychainService, [world.globalConfig], false)
      let accepted = 0
      let runs = 0
      // Our own deadline instead of fast-check's interrupt, which would abandon a call mid-flight (and let
      // it race the next test's keychain reads).
      const deadline = Date.now() + PER_CHANNEL_MS
      await fc.assert(
        fc.asyncProperty(argsArb, async (args) => {
          if (Date.now() > deadline) return
          runs += 1
          const result = await call(name, args, before)
          if (result.ok) {
            accepted += 1
            before = await snapshot(deps.dataDir, deps.keychainService, [world.globalConfig], false) // an accepted call may change state
          }
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: SEED },
      )
      totals.accepted += accepted
      expect(runs).toBeGreaterThan(3)
      // The real keychain matches the model (so the per-call refusal checks above saw every change), and is
      // unchanged when nothing was accepted.
      const real = await keychainItems(deps.keychainService)
      expect(JSON.stringify(Object.entries(real).sort())).toBe(modelText())
      if (accepted === 0) expect(real).toEqual(keychainBefore)
      expect(prototypeKeys()).toEqual(protoBefore)
      figures.passed('ipc-sender-args')
    })
  }

  it('left Object, Array and Function prototypes unpolluted after all of it', () => {
    expect(prototypeKeys()).toEqual(protoBefore)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    figures.passed('ipc-sender-args')
  })
})
