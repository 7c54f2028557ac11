// Validates 200 tokens spread over all nine host kinds against local fake hosts that add 150 ms to every
// answer, then again with one host hanging. Prints total time, the concurrency reached, and how long the
// healthy hosts took while one was dead. Run: node scripts/run-bench.mjs bench/validate.bench.ts
import { requiredScopes } from '../shared/hosts/catalog'
import type { HostKind } from '../shared/domain/hosts'
import type { CheckResult } from '../shared/domain/token'
import { TokenChecker, type DraftTarget } from '../electron/validation/checker'
import { createGitProbe } from '../electron/validation/git-probe'
import { ValidationHttp } from '../electron/validation/http-client'
import { createLogger } from '../electron/log/logger'
import { Redactor } from '../electron/log/redact'
import { azurePlay, bitbucketCloudPlay, bitbucketDcPlay, codecommitPlay, githubPlay, gitlabPlay, startFakeHost, type FakeHost } from '../test/rigs/hosts'

const LATENCY = 150
const TOTAL = 200
const KINDS: HostKind[] = ['github', 'github-enterprise', 'gitlab', 'gitlab-self-managed', 'bitbucket-cloud', 'bitbucket-data-center', 'azure-devops', 'azure-devops-server', 'codecommit']
const pad = (n: number) => String(n).padStart(4, '0')

/** One token per index, with the fake host entries that make it valid. */
const drafts: DraftTarget[] = []
const gh: Record<string, { login: string; scopes: string[]; expires: string }> = {}
const gl: Record<string, { username: string; scopes: string[]; expires_at: string }> = {}
const bb: Record<string, { email: string; username: string; display_name: string; scopes: string[] }> = {}
const dc: Record<string, { slug: string; displayName: string }> = {}
const ado: Record<string, { id: string; displayName: string; account: string }> = {}
const aws: Record<string, { secret: string; accountId: string; user: string }> = {}
for (let i = 0; i < TOTAL; i++) {
  const kind = KINDS[i % KINDS.length]!
  const n = pad(i)
  if (kind === 'github' || kind === 'github-enterprise') gh[`ghp_bench${n}${'x'.repeat(27)}`] = { login: `user${n}`, scopes: ['repo'], expires: '2027-01-01 00:00:00 UTC' }
  if (kind === 'gitlab' || kind === 'gitlab-self-managed') gl[`glpat-bench${n}${'x'.repeat(11)}`] = { username: `user${n}`, scopes: ['read_user', 'write_repository'], expires_at: '2027-02-01' }
  if (kind === 'bitbucket-cloud') bb[`ATATT3xFfGF0bench${n}${'x'.repeat(40)}`] = { email: `u${n}@example.com`, username: `user${n}`, display_name: `User ${n}`, scopes: ['read:user:bitbucket', 'read:repository:bitbucket', 'write:repository:bitbucket'] }
  if (kind === 'bitbucket-data-center') dc[`BBDC-bench${n}${'x'.repeat(36)}`] = { slug: `user${n}`, displayName: `User ${n}` }
  if (kind === 'azure-devops' || kind === 'azure-devops-server') ado[`bench${n}${'x'.repeat(43)}`] = { id: `3b1c9d2e-1111-4222-8333-9444555${n.slice(1)}6`, displayName: `User ${n}`, account: `u${n}@contoso.com` }
  if (kind === 'codecommit') aws[`AKIABENCH${n}0000000`] = { secret: `benchsecret${n}${'x'.repeat(25)}`, accountId: '123456789012', user: `user${n}` }
}

const main = async () => {
  const hosts: Partial<Record<HostKind, FakeHost>> = {}
  const opts = { latencyMs: LATENCY }
  hosts.github = await startFakeHost(githubPlay(gh), opts)
  hosts['github-enterprise'] = await startFakeHost(githubPlay(gh, { enterprise: true }), opts)
  hosts.gitlab = await startFakeHost(gitlabPlay(gl), opts)
  hosts['gitlab-self-managed'] = await startFakeHost(gitlabPlay(gl), opts)
  hosts['bitbucket-cloud'] = await startFakeHost(bitbucketCloudPlay(bb), opts)
  hosts['bitbucket-data-center'] = await startFakeHost(bitbucketDcPlay(dc), opts)
  hosts['azure-devops'] = await startFakeHost(azurePlay(['contoso'], ado), opts)
  hosts['azure-devops-server'] = await startFakeHost(azurePlay(['DefaultCollection'], ado), opts)
  hosts.codecommit = await startFakeHost(codecommitPlay(aws, { repositories: ['demo'] }), opts)
  const secretsOf = { github: Object.keys(gh), gitlab: Object.keys(gl), bb: Object.keys(bb), dc: Object.keys(dc), ado: Object.keys(ado), aws: Object.keys(aws) }
  const next = { github: 0, gitlab: 0, bb: 0, dc: 0, ado: 0, aws: 0 }
  const take = (k: keyof typeof next) => secretsOf[k][next[k]++]!
  for (let i = 0; i < TOTAL; i++) {
    const kind = KINDS[i % KINDS.length]!
    const url = hosts[kind]!.url
    if (kind === 'github') drafts.push({ host: kind, secret: take('github'), purpose: 'write' })
    if (kind === 'github-enterprise') drafts.push({ host: kind, url, secret: take('github'), purpose: 'write' })
    if (kind === 'gitlab') drafts.push({ host: kind, secret: take('gitlab'), purpose: 'write' })
    if (kind === 'gitlab-self-managed') drafts.push({ host: kind, url, secret: take('gitlab'), purpose: 'write' })
    if (kind === 'bitbucket-cloud') {
      const secret = take('bb')
      drafts.push({ host: kind, secret, email: bb[secret]!.email, purpose: 'write' })
    }
    if (kind === 'bitbucket-data-center') drafts.push({ host: kind, url, secret: take('dc'), purpose: 'write' })
    if (kind === 'azure-devops') drafts.push({ host: kind, org: 'contoso', secret: take('ado'), purpose: 'write' })
    if (kind === 'azure-devops-server') drafts.push({ host: kind, url, collection: 'DefaultCollection', secret: take('ado'), purpose: 'write' })
    if (kind === 'codecommit') {
      const key = take('aws')
      drafts.push({ host: kind, region: 'us-east-1', username: key, secret: aws[key]!.secret, repository: 'demo', purpose: 'write' })
    }
  }
  const overrides = { github: hosts.github.url, gitlab: hosts.gitlab.url, 'bitbucket-cloud': hosts['bitbucket-cloud']!.url, 'azure-devops': hosts['azure-devops']!.url, codecommit: hosts.codecommit.url }
  const makeChecker = () => {
    const redactor = new Redactor()
    const http = new ValidationHttp(process.env)
    const checker = new TokenChecker({
      vault: () => { throw new Error('not used') },
      http, git: createGitProbe(process.env), clock: () => new Date(), log: createLogger(redactor, () => undefined), redactor,
      dataDir: '/nonexistent', overrides, requiredScopes,
    })
    return { checker, http }
  }
  const resetStats = () => Object.values(hosts).forEach((h) => h!.resetStats())
  const hostPeaks = () => KINDS.map((k) => `${k}=${hosts[k]!.peakInFlight}`).join(' ')
  const tally = (results: CheckResult[]) => Object.entries(results.reduce<Record<string, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {})).map(([s, n]) => `${s}: ${n}`).join(', ')

  // Run 1: all hosts healthy.
  {
    const { checker, http } = makeChecker()
    resetStats()
    const started = performance.now()
    const results = await Promise.all(drafts.map((d) => checker.checkDraft(d)))
    const ms = performance.now() - started
    const requests = Object.values(hosts).reduce((n, h) => n + h!.requests.length, 0)
    console.log(`validate: ${TOTAL} tokens over ${KINDS.length} host kinds, ${LATENCY} ms added latency per answer`)
    console.log(`  total time: ${ms.toFixed(0)} ms (${requests} HTTP requests; one at a time would take >= ${((requests * LATENCY) / 1000).toFixed(1)} s)`)
    console.log(`  concurrency reached: ${http.limiter.peak} in flight overall (limit ${http.options.overallConcurrency}), per host: ${hostPeaks()} (limit ${http.options.perHostConcurrency})`)
    console.log(`  results: ${tally(results)}`)
    await http.close()
  }

  // Run 2: GitHub Enterprise hangs (accepts connections, never answers).
  {
    const dead: HostKind = 'github-enterprise'
    hosts[dead]!.fail('hang')
    const { checker, http } = makeChecker()
    resetStats()
    const started = performance.now()
    let othersDone = 0
    const healthy = drafts.filter((d) => d.host !== dead)
    const others = Promise.all(healthy.map((d) => checker.checkDraft(d))).then((r) => ((othersDone = performance.now() - started), r))
    const stuck = Promise.all(drafts.filter((d) => d.host === dead).map((d) => checker.checkDraft(d)))
    const [okResults, deadResults] = await Promise.all([others, stuck])
    const all = performance.now() - started
    console.log(`validate with ${dead} hanging (timeout ${http.options.timeoutMs / 1000} s):`)
    console.log(`  the other ${healthy.length} tokens took ${othersDone.toFixed(0)} ms (${tally(okResults)})`)
    console.log(`  the ${deadResults.length} tokens on the hung host ended after ${all.toFixed(0)} ms (${tally(deadResults)})`)
    console.log(`  concurrency reached: ${http.limiter.peak} overall`)
    await http.close()
  }
  await Promise.all(Object.values(hosts).map((h) => h!.close()))
}

await main()
