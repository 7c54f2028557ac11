// Runs inside a private keychain rig (see locked.test.ts): adds a token, locks the keyring, then tries
// every vault operation and prints what each one did as JSON.
import { readFileSync } from 'node:fs'
import { createServices } from '../../../electron/app/services'
import { createTestDeps } from '../../helpers/test-deps'
import { lockLoginKeyring, outcome } from '../../helpers/outcomes'

const SECRET = process.argv[2]!
const SECRET2 = process.argv[3]!
const services = createServices(createTestDeps())

void (async () => {
  const record = await services.vault.add({ host: 'github', label: 'before-lock', secret: SECRET })
  const fileBefore = readFileSync(services.metadata.path, 'utf8')
  lockLoginKeyring()
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
