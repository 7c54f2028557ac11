// Time to scan a folder tree of 2,000 git repositories for plaintext tokens (target: under 5 s).
// Run: node scripts/run-bench.mjs bench/scan.bench.ts
// One real repository is made with `git init`; its .git folder is copied 2,000 times into org/repo folders
// with a few working-tree files each, and every 10th repository gets a credential URL in its remote.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redactor } from '../electron/log/redact'
import { scanForPlaintext } from '../electron/scan/scanner'
import type { ScanProgress } from '../shared/domain/health'

const REPOS = 2000
const root = mkdtempSync(join(tmpdir(), 'patkeeper-scan-bench-'))
const template = join(root, 'template')
spawnSync('git', ['init', '-q', template], { stdio: 'ignore' })
spawnSync('git', ['-C', template, 'remote', 'add', 'origin', 'https://github.com/acme/template.git'], { stdio: 'ignore' })
const config = readFileSync(join(template, '.git/config'), 'utf8')

const t0 = performance.now()
const tree = join(root, 'src')
for (let i = 0; i < REPOS; i++) {
  const repo = join(tree, `org-${String(i % 40).padStart(2, '0')}`, `repo-${String(i).padStart(4, '0')}`)
  mkdirSync(join(repo, 'src'), { recursive: true })
  cpSync(join(template, '.git'), join(repo, '.git'), { recursive: true })
  if (i % 10 === 0) writeFileSync(join(repo, '.git/config'), config.replace('https://github.com/', `https://dana:ghp_${String(i).padStart(36, '0')}@github.com/`))
  writeFileSync(join(repo, 'README.md'), '# bench\n')
  writeFileSync(join(repo, 'src', 'index.ts'), 'export {}\n')
}
console.log(`seed: ${REPOS} repositories in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

void (async () => {
  const runs: number[] = []
  let updates = 0
  let found = 0
  for (let r = 0; r < 5; r++) {
    updates = 0
    const start = performance.now()
    const { report } = await scanForPlaintext(
      { folders: [tree], toolFiles: false, onProgress: (_p: ScanProgress) => void updates++ },
      { home: root, env: {}, redactor: new Redactor(), kept: async () => new Map() },
    )
    runs.push(performance.now() - start)
    found = report.findings.length
    if (report.repositories !== REPOS) throw new Error(`read ${report.repositories} repositories`)
  }
  const sorted = [...runs].sort((a, b) => a - b)
  console.log(`scan of ${REPOS} repositories: median ${(sorted[2]! / 1000).toFixed(2)} s, worst ${(sorted[4]! / 1000).toFixed(2)} s (target < 5 s); ${found} findings; ${updates} progress updates per scan`)
  rmSync(root, { recursive: true, force: true })
})()
