import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createServices, type ServiceDeps, type Services } from '../../../electron/app/services'
import { createDispatcher, type Dispatch } from '../../../electron/ipc/dispatch'
import { createHandlers } from '../../../electron/ipc/handlers'
import { isAppPageUrl } from '../../../electron/security/navigation'
import type { EventChannel, PayloadOf } from '../../../shared/ipc/contract'
import { createTestDeps } from '../../helpers/test-deps'
import { serveRenderer } from './static-server'

/** The repository: three folders up from this file, or the working folder when this file was bundled (bench/). */
const ROOT = existsSync(resolve(import.meta.dirname, '../../../package.json')) ? resolve(import.meta.dirname, '../../..') : process.cwd()
const RIG_DIR = join(ROOT, 'test', 'rigs', 'ui')
/** Where screenshots go (git-ignored). */
export const ARTIFACTS = join(ROOT, 'test-artifacts')
const RENDERER = join(ROOT, 'dist', 'renderer')
/** Fixed webContents id the rig plays; only the page's top frame gets it. */
const RIG_WEB_CONTENTS_ID = 1

/** Chromium flags for this machine: headless, no sandbox (root), no background networking (closed network). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

/** One recorded IPC exchange or event, for leak scans. */
export interface TrafficEntry {
  kind: 'invoke' | 'event'
  channel: string
  data: unknown
}

/** A running UI: the page, the real services behind it and what crossed the bridge. */
export interface UiRig {
  page: Page
  origin: string
  services: Services
  deps: ServiceDeps & { logLines: string[]; opened: string[] }
  dispatch: Dispatch
  traffic: TrafficEntry[]
  /** Sends an event from "main" to the page, as the emitter would. */
  emit<E extends EventChannel>(event: E, payload: PayloadOf<E>): Promise<void>
  /** Saves a PNG under test-artifacts/screenshots and returns its path. */
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

let bridgeScript: Promise<string> | undefined
const pageBridge = () =>
  (bridgeScript ??= build({ entryPoints: [join(RIG_DIR, 'page-bridge.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' }).then(
    (out) => out.outputFiles[0]!.text,
  ))

/** Options: service overrides, colour scheme and window size. */
export interface UiRigOptions {
  deps?: Partial<ServiceDeps>
  /** Build services yourself (e.g. with extra local servers); defaults to createServices(deps). */
  makeServices?: (deps: ServiceDeps) => Services
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
}

/**
 * Opens the built renderer (run `npm run build` first) in Debian's Chromium through playwright-core, with
 * `window.api` wired to the real main-process handlers through the real dispatcher (sender check with the
 * calling frame's URL, argument schemas). Navigation and pop-ups follow main's own policy functions.
 */
export const startUi = async (options: UiRigOptions = {}): Promise<UiRig> => {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('UI rig: dist/renderer is missing; run `npm run build` first.')
  const traffic: TrafficEntry[] = []
  const current: { page?: Page } = {}
  const emit = async <E extends EventChannel>(event: E, payload: PayloadOf<E>) => {
    traffic.push({ kind: 'event', channel: event, data: payload })
    await current.page?.evaluate(([name, data]) => (globalThis as unknown as { __patkeeperDeliver(e: string, p: unknown): void }).__patkeeperDeliver(name as string, data), [event, payload] as const).catch(() => undefined)
  }
  const deps = createTestDeps({ ...options.deps, emit: (event, payload) => void emit(event, payload) })
  const services = (options.makeServices ?? createServices)(deps)
  const { origin, server } = await serveRenderer(RENDERER)
  const dispatch = createDispatcher(createHandlers(services), { trustedIds: new Set([RIG_WEB_CONTENTS_ID]), devServerOrigin: origin }, deps.log)
  const browser: Browser = await chromium.launch({ executablePath: process.env.PATKEEPER_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? { width: 1200, height: 800 } })
  // Main refuses navigation away from the app (will-navigate + preventDefault keeps the page): the same
  // policy function decides here, and a 204 answer makes Chromium stay on the current page likewise.
  await context.route('**/*', (route) => {
    const request = route.request()
    if (request.isNavigationRequest() && !isAppPageUrl(request.url(), origin)) return route.fulfill({ status: 204 })
    return route.continue()
  })
  await context.exposeBinding('__patkeeperInvoke', async (source, channel: unknown, args: unknown) => {
    const sender = { webContentsId: source.page === current.page ? RIG_WEB_CONTENTS_ID : -1, frameUrl: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    const result = await dispatch(sender, channel, args)
    traffic.push({ kind: 'invoke', channel: String(channel), data: result })
    // As text: Electron's IPC copies results with the structured clone algorithm (native code); Playwright's
    // own argument serializer walks objects in script on both sides and, for the 1,000-token list, blocked
    // the page for over 100 ms, a cost real IPC does not have. JSON.parse in the page is native, like a clone.
    return JSON.stringify(result)
  })
  await context.addInitScript({ content: await pageBridge() })
  const page = await context.newPage()
  current.page = page
  // Main denies every new window (setWindowOpenHandler -> deny): pop-ups are closed before they load anything.
  page.on('popup', (popup) => void popup.close().catch(() => undefined))
  await page.goto(`${origin}/index.html`)
  return {
    page,
    origin,
    services,
    deps,
    dispatch,
    traffic,
    emit,
    screenshot: async (name) => {
      const dir = join(ARTIFACTS, 'screenshots')
      mkdirSync(dir, { recursive: true })
      const file = join(dir, `${name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    },
    close: async () => {
      await browser.close()
      await new Promise((r) => server.close(r))
    },
  }
}
