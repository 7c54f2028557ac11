import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Page } from 'playwright-core'

/** One place where a secret's bytes were found. */
export interface LeakHit {
  place: string
  /** Index of the secret in the scanner's list (never the secret itself, so reports stay safe to print). */
  secret: number
  /** How it was written there: raw, utf16, url, base64, hex, json. */
  form: string
}

/** A scan's outcome. */
export interface LeakReport {
  places: number
  hits: LeakHit[]
}

/** The byte patterns one secret can take in a file, a header, a URL or JSON. */
const formsOf = (secret: string): { form: string; needle: Buffer }[] => {
  const raw = Buffer.from(secret, 'utf8')
  const forms = [
    { form: 'raw', needle: raw },
    { form: 'utf16', needle: Buffer.from(secret, 'utf16le') },
    { form: 'url', needle: Buffer.from(encodeURIComponent(secret)) },
    { form: 'json', needle: Buffer.from(JSON.stringify(secret).slice(1, -1)) },
    { form: 'hex', needle: Buffer.from(raw.toString('hex')) },
  ]
  // Base64 of the secret at each of the three alignments it can have inside a longer value (e.g. a Basic
  // auth header "user:secret"); the stable core drops the partial characters at both ends.
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad, 0x41), raw]).toString('base64')
    const start = Math.ceil((pad * 4) / 3) + 1
    const core = encoded.slice(start, Math.floor(((pad + raw.length) * 4) / 3) - 1)
    if (core.length >= 12) forms.push({ form: 'base64', needle: Buffer.from(core) })
  }
  return forms.filter((f, i, all) => f.needle.length > 0 && all.findIndex((o) => o.needle.equals(f.needle)) === i)
}

/**
 * Scans places for the bytes of known secrets (UTF-8, UTF-16LE, URL-encoded, JSON-escaped, hex and base64). Counts every
 * place scanned, so a report can say how much was looked at, and lists hits by place and secret index.
 */
export class LeakScanner {
  private readonly forms: { secret: number; form: string; needle: Buffer }[]
  places = 0
  readonly hits: LeakHit[] = []
  readonly scanned: string[] = []

  constructor(secrets: readonly string[]) {
    if (secrets.some((s) => s.length < 8)) throw new Error('leak scan: secrets shorter than 8 characters would match by chance')
    this.forms = secrets.flatMap((s, secret) => formsOf(s).map((f) => ({ secret, ...f })))
  }

  /** Scans one buffer as one place. */
  scanBytes(place: string, bytes: Buffer): void {
    this.places += 1
    this.scanned.push(place)
    for (const f of this.forms) if (bytes.includes(f.needle)) this.hits.push({ place, secret: f.secret, form: f.form })
  }

  /** Scans a string as one place. */
  scanText(place: string, text: string): void {
    this.scanBytes(place, Buffer.from(text, 'utf8'))
  }

  /** Scans a value as JSON (IPC results, event payloads, storage values). */
  scanValue(place: string, value: unknown): void {
    this.scanText(place, typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)))
  }

  /** Scans every file under a folder, recursively (each file one place); symlinks are not followed. */
  scanDir(dir: string, label = dir): void {
    const walk = (current: string) => {
      for (const entry of readdirSync(current, { withFileTypes: true })) {
        const path = join(current, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.isFile() && statSync(path).size < 64 * 1024 * 1024) this.scanBytes(`${label}/${relative(dir, path)}`, readFileSync(path))
      }
    }
    walk(dir)
  }

  /** Scans log lines, each one place. */
  scanLog(lines: readonly string[], label = 'log'): void {
    lines.forEach((line, i) => this.scanText(`${label}:${i + 1}`, line))
  }

  /** Scans recorded IPC traffic (invoke results and event payloads), each entry one place. */
  scanTraffic(traffic: readonly { kind: string; channel: string; data: unknown }[]): void {
    traffic.forEach((t, i) => this.scanValue(`ipc#${i} ${t.kind} ${t.channel}`, t.data))
  }

  /** Scans an environment (e.g. of a spawned git) as one place: names and values. */
  scanEnv(place: string, env: Readonly<Record<string, string | undefined>>): void {
    this.scanText(place, Object.entries(env).map(([k, v]) => `${k}=${v ?? ''}`).join('\n'))
  }

  /**
   * Scans what the page holds now: DOM markup and visible text, every form field's current value,
   * localStorage, sessionStorage and every IndexedDB database's records (each store one place).
   */
  async scanPage(page: Page, label = 'page'): Promise<void> {
    const state = await page.evaluate(async () => {
      const fields = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value)
      const storage = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k)]))
      const idb: Record<string, unknown[]> = {}
      const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : []
      for (const info of dbs) {
        if (!info.name) continue
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const req = indexedDB.open(info.name!)
          req.onsuccess = () => res(req.result)
          req.onerror = () => rej(req.error)
        })
        for (const store of [...db.objectStoreNames]) {
          idb[`${info.name}/${store}`] = await new Promise<unknown[]>((res) => {
            const req = db.transaction(store).objectStore(store).getAll()
            req.onsuccess = () => res(req.result as unknown[])
            req.onerror = () => res([])
          })
        }
        db.close()
      }
      return { html: document.documentElement.outerHTML, text: document.body.innerText, fields, local: storage(localStorage), session: storage(sessionStorage), idb, title: document.title, url: location.href }
    })
    this.scanText(`${label} DOM markup`, state.html)
    this.scanText(`${label} visible text`, `${state.title}\n${state.url}\n${state.text}`)
    this.scanValue(`${label} form fields`, state.fields)
    this.scanValue(`${label} localStorage`, state.local)
    this.scanValue(`${label} sessionStorage`, state.session)
    for (const [store, records] of Object.entries(state.idb)) this.scanValue(`${label} IndexedDB ${store}`, records)
  }

  /** Scans the page's JavaScript heap after a full garbage collection (a heap snapshot over CDP) as one place. */
  async scanHeap(page: Page, label = 'renderer JavaScript heap (after GC)'): Promise<void> {
    const cdp = await page.context().newCDPSession(page)
    const chunks: string[] = []
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => void chunks.push(e.chunk))
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    await cdp.detach()
    this.scanText(label, chunks.join(''))
  }

  /** The report so far. */
  report(): LeakReport {
    return { places: this.places, hits: [...this.hits] }
  }
}
