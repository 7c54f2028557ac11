import { describe, expect, it } from 'vitest'
import { AppError } from '../../../electron/errors/app-error'
import { createDispatcher, type Handlers } from '../../../electron/ipc/dispatch'
import { createLogger } from '../../../electron/log/logger'
import { Redactor } from '../../../electron/log/redact'

const trusted = { webContentsId: 1, frameUrl: 'app://renderer/index.html', isMainFrame: true }

/** Handlers that record every call and answer from `answer`, so tests see whether a refusal reached one. */
const recording = (answer: (channel: string, args: unknown[]) => unknown = () => 'done') => {
  const calls: [string, unknown[]][] = []
  const handlers = new Proxy({}, {
    get: (_target, channel: string) => async (...args: unknown[]) => {
      calls.push([channel, args])
      return answer(channel, args)
    },
  }) as Handlers
  const logLines: string[] = []
  const dispatch = createDispatcher(handlers, { trustedIds: new Set([1]) }, createLogger(new Redactor(), (l) => logLines.push(l)))
  return { calls, dispatch, logLines }
}

describe('IPC dispatcher', () => {
  it('runs a valid call and wraps the value', async () => {
    const { dispatch, calls } = recording()
    expect(await dispatch(trusted, 'app:open-external', ['https://github.com/'])).toEqual({ ok: true, value: 'done' })
    expect(calls).toEqual([['app:open-external', ['https://github.com/']]])
  })

  it.each([
    ['no arguments', []],
    ['a number instead of a string', [42]],
    ['an extra argument', ['https://github.com/', 'extra']],
    ['an empty string', ['']],
    ['a huge string', ['https://github.com/' + 'a'.repeat(5000)]],
    ['an object', [{ toString: 'x' }]],
    ['not an array at all', 'https://github.com/'],
  ])('refuses %s with a typed error and never reaches the handler', async (_name, args) => {
    const { dispatch, calls } = recording()
    const result = await dispatch(trusted, 'app:open-external', args)
    expect(result).toMatchObject({ ok: false, code: 'bad-request' })
    expect(calls).toEqual([])
  })

  it('refuses unknown channels, including prototype names', async () => {
    const { dispatch, calls } = recording()
    for (const channel of ['tokens:dump', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(trusted, channel, [])).toMatchObject({ ok: false, code: 'unknown-channel' })
    }
    expect(calls).toEqual([])
  })

  it('refuses untrusted senders before looking at the call', async () => {
    const { dispatch, calls } = recording()
    const iframe = { ...trusted, isMainFrame: false }
    expect(await dispatch(iframe, 'app:info', [])).toMatchObject({ ok: false, code: 'untrusted-sender' })
    expect(calls).toEqual([])
  })

  it('passes AppError messages through and hides unexpected errors', async () => {
    const { dispatch, logLines } = recording((channel) => {
      if (channel === 'app:info') throw new AppError('not-found', 'No such token. Check the label.')
      throw new Error('boom with ghp_abcdefghijklmnopqrstuvwxyz0123456789')
    })
    expect(await dispatch(trusted, 'app:info', [])).toEqual({ ok: false, code: 'not-found', message: 'No such token. Check the label.' })
    const hidden = await dispatch(trusted, 'app:open-external', ['https://github.com/'])
    expect(hidden).toMatchObject({ ok: false, code: 'internal' })
    expect(JSON.stringify(hidden)).not.toContain('ghp_')
    expect(logLines.join('\n')).toContain('boom')
    expect(logLines.join('\n')).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789')
  })
})
