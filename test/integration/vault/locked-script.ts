// Runs inside a private keychain rig (see locked.test.ts): adds a token, locks the keyring, then tries
// every vault operation and prints what each one did as JSON.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServices } from '../../../electron/app/services'
import { createTestDeps } from '../../helpers/test-deps'

const SECRET = process.argv[2]!
const SECRET2 = process.argv[3]!
const services = createServices(createTestDeps())
const outcome = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return { ok: true }
  } catch (error) {
    return { ok: false, code: (error as { code?: string }).code, message: (error as Error).message }
  }
}
const lock = () =>
  execFileSync('gdbus', ['call', '--session', '--dest', 'org.freedesktop.secrets', '--object-path', '/org/freedesktop/secrets', '--method', 'org.freedesktop.Secret.Service.Lock', "['/org/freedesktop/secrets/collection/login']"])

void (async () => {
  const record = await services.vault.add({ host: 'github', label: 'before-lock', secret: SECRET })
  const fileBefore = readFileSync(services.metadata.path, 'utf8')
  lock()
  const result = {
    readSecret: await outcome(() => services.vault.readSecret(record.id)),
    add: await outcome(() => services.vault.add({ host: 'github', label: 'while-locked', secret: SECRET2 })),
    rotate: await outcome(() => services.vault.rotate(record.id, SECRET2)),
    remove: await outcome(() => services.vault.remove(record.id)),
    doctor: await services.vault.doctor(),
    metadataUnchanged: readFileSync(services.metadata.path, 'utf8') === fileBefore,
  }
  process.stdout.write(JSON.stringify(result))
  process.exit(0)
})()
