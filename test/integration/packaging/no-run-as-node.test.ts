import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../../..')
const NAME = 'ELECTRON_RUN_AS_NODE'
/**
 * The only way the product may spell the variable: regular expressions that READ a git helper line to
 * recognise (and drop) the first version's stale form, `/ELECTRON_RUN_AS_NODE=/` and `/^ELECTRON_RUN_AS_NODE=/`
 * in helper-command.ts and helper-repair.ts. The Bun-compiled executable stores them as bytecode, where a
 * pattern's source is a constant that ends right after the `=` (a non-printable byte follows). Any other
 * spelling (an env object key, `ELECTRON_RUN_AS_NODE=1` or `='1'` in a helper line, a `process.env` write)
 * is a place that sets it.
 */
const DETECTOR = /\/\^?ELECTRON_RUN_AS_NODE=\/|ELECTRON_RUN_AS_NODE=(?=[^\x21-\x7e])/g

const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))

/** Occurrences of the name in `text` that are not the stale-form detector. */
const settings = (text: string): string[] => {
  const rest = text.replace(DETECTOR, '')
  const found: string[] = []
  for (let i = rest.indexOf(NAME); i >= 0; i = rest.indexOf(NAME, i + 1)) found.push(rest.slice(Math.max(0, i - 40), i + NAME.length + 20))
  return found
}

// The packaged app keeps the RunAsNode fuse off, so a helper line or launcher that sets the variable would
// start the GUI instead of Node (issue 11). Nothing in the product may set it: not the sources, not the
// bundles the app and CLI run, not the strings compiled into the standalone executable.
describe('nothing sets ELECTRON_RUN_AS_NODE', () => {
  it('in the sources of the app, CLI, scripts and builder config', () => {
    const sources = ['electron', 'shared', 'renderer', 'scripts', 'build', 'bin'].flatMap(filesUnder).filter((f) => /\.(ts|tsx|mjs|cjs|js|json|sh)$/.test(f))
    expect(sources.length).toBeGreaterThan(100)
    const offenders = sources.filter((f) => settings(readFileSync(join(ROOT, f), 'utf8')).length > 0)
    expect(offenders).toEqual([])
    const detectors = sources.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes(NAME)).sort()
    expect(detectors).toEqual(['electron/git/helper-command.ts', 'electron/git/helper-repair.ts'])
  })

  it('in the built product: dist-electron, dist-cli and the patkeeper executable (npm run build first)', () => {
    const built = [...filesUnder('dist-electron'), ...filesUnder('dist-cli'), join('dist-bin', 'patkeeper')]
    expect(built).toContain(join('dist-electron', 'main.cjs'))
    for (const file of built) {
      const text = readFileSync(join(ROOT, file)).toString('latin1')
      expect(statSync(join(ROOT, file)).size).toBeGreaterThan(0)
      expect(settings(text), relative(ROOT, join(ROOT, file))).toEqual([])
    }
    // The detector really is in the bundles that repair setups, so this test sees them.
    expect(readFileSync(join(ROOT, 'dist-cli', 'patkeeper.cjs'), 'utf8')).toMatch(DETECTOR)
  })
})
