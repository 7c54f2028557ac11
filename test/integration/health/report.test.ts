import { describe, expect, it } from 'vitest'
import { servicesFor } from '../validation/setup'

// Real keychain and metadata file: duplicates are found by comparing secrets in main, only when asked.
describe('health report over stored tokens', () => {
  it('flags the same secret stored twice only when secrets are compared; lists never read the keychain', async () => {
    const { services } = servicesFor()
    const secret = 'glpat-' + 'd'.repeat(20)
    const a = await services.vault.add({ host: 'gitlab', label: 'laptop', secret, expiresAt: '2027-01-01' })
    const b = await services.vault.add({ host: 'gitlab-self-managed', label: 'copy', secret, url: 'https://git.example.com', expiresAt: '2027-01-01' })
    const reads: string[] = []
    const get = services.secrets.get.bind(services.secrets)
    services.secrets.get = async (id) => (reads.push(id), get(id))
    const light = await services.health.report()
    expect(reads).toEqual([])
    expect(light.tokens.flatMap((t) => t.flags.map((f) => f.code))).not.toContain('duplicate-secret')
    const full = await services.health.report({ compareSecrets: true })
    const dup = (id: string) => full.tokens.find((t) => t.tokenId === id)!.flags.find((f) => f.code === 'duplicate-secret')
    expect(dup(a.id)!.why).toContain('"copy"')
    expect(dup(b.id)!.why).toContain('"laptop"')
    expect(JSON.stringify(full)).not.toContain(secret)
    await services.health.report({ compareSecrets: true })
    expect(reads).toHaveLength(2) // hashes are cached per secret version
    await services.vault.remove(a.id)
    await services.vault.remove(b.id)
  })

  it('answers for the asked tokens only, with the same flags the whole report gives them', async () => {
    const { services } = servicesFor()
    const a = await services.vault.add({ host: 'gitlab', label: 'other', secret: 'glpat-' + 'e'.repeat(20), expiresAt: null })
    const b = await services.vault.add({ host: 'github', label: 'forever', secret: 'ghp_' + 'f'.repeat(36), expiresAt: null })
    const whole = await services.health.report()
    const part = await services.health.report({ ids: [b.id] })
    expect(part.tokens.map((t) => t.tokenId)).toEqual([b.id])
    expect(part.tokens[0]!.flags).toEqual(whole.tokens.find((t) => t.tokenId === b.id)!.flags)
    expect(part.tokens[0]!.flags.map((f) => f.code)).toContain('no-expiry')
    // A removed token is simply absent: the list drops its flags.
    await services.vault.remove(b.id)
    expect((await services.health.report({ ids: [b.id] })).tokens).toEqual([])
    await services.vault.remove(a.id)
  })
})
