// A metadata writer for the crash and concurrency tests: `node writer.cjs <dataDir> <name> <count>` adds
// <count> records named <name>-<i>, printing "ack <name>-<i>" only after each update is saved.
import { writeSync } from 'node:fs'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'

const [dataDir, name, count] = process.argv.slice(2) as [string, string, string]
const store = createMetadataStore(dataDir)

void (async () => {
  for (let i = 0; i < Number(count); i++) {
    const id = `${name}-${i}`
    await store.update((doc) => {
      doc.tokens.push({ id, label: id, host: 'github', url: 'https://github.com', scopes: [], expiresAt: null, expirySource: null, createdAt: '2026-11-21T00:00:00Z', updatedAt: '2026-11-21T00:00:00Z', rotations: [], usedIn: [], gitBindings: [], alerts: { sent: [] } })
      doc.settings.rotationAdviceDays = i + 7 // rewrite a shared field too
    })
    writeSync(1, `ack ${id}\n`)
  }
})()
