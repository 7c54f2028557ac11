import type { DoctorFixResult, DoctorReport } from '../../shared/ipc/channels/tokens'
import type { MetadataStore } from '../metadata/metadata-store'
import type { SecretStore } from '../secrets/secret-store'

/**
 * Checks the keychain with a write/read/delete probe, then compares keychain items with records.
 * On a broken keychain the consistency part is skipped (listing a locked collection is unsafe).
 */
export const runDoctor = async (metadata: MetadataStore, secrets: SecretStore): Promise<DoctorReport> => {
  const keychain = await secrets.probe()
  let metadataProblem: string | undefined
  let tokens: Awaited<ReturnType<MetadataStore['read']>>['tokens'] = []
  try {
    tokens = (await metadata.read()).tokens
  } catch (error) {
    metadataProblem = (error as Error).message
  }
  const report: DoctorReport = {
    ok: false,
    keychain: { ok: keychain.ok, message: keychain.message, ...(keychain.code ? { code: keychain.code } : {}) },
    metadata: { ok: !metadataProblem, path: metadata.path, message: metadataProblem ?? `${tokens.length} token record(s) read.` },
    tokenCount: tokens.length,
    itemsWithoutRecord: [],
    recordsWithoutSecret: [],
    fixes: [],
  }
  if (!keychain.ok || metadataProblem) return report
  const ids = new Set(await secrets.ids())
  const known = new Set(tokens.map((t) => t.id))
  report.itemsWithoutRecord = [...ids].filter((id) => !known.has(id)).sort()
  for (const t of tokens) if (!ids.has(t.id)) report.recordsWithoutSecret.push({ id: t.id, label: t.label, host: t.host })
  if (report.itemsWithoutRecord.length)
    report.fixes.push(`Delete ${report.itemsWithoutRecord.length} keychain item(s) that no record uses (left by an interrupted add or remove).`)
  for (const r of report.recordsWithoutSecret)
    report.fixes.push(`"${r.label}" (${r.host}) has no secret in the keychain: rotate it to store one ("patkeeper rotate ${r.id}"), or let --fix remove the record.`)
  report.ok = report.itemsWithoutRecord.length === 0 && report.recordsWithoutSecret.length === 0
  return report
}

/** Deletes orphan keychain items and records whose secret is gone, as found by `runDoctor`. */
export const runDoctorFix = async (metadata: MetadataStore, secrets: SecretStore, report: DoctorReport): Promise<DoctorFixResult> => {
  const deletedItems: string[] = []
  for (const id of report.itemsWithoutRecord) if (await secrets.delete(id)) deletedItems.push(id)
  const drop = new Set(report.recordsWithoutSecret.map((r) => r.id))
  const removedRecords = drop.size
    ? await metadata.update((doc) => {
        const gone = doc.tokens.filter((t) => drop.has(t.id)).map((t) => t.id)
        doc.tokens = doc.tokens.filter((t) => !drop.has(t.id))
        return gone
      })
    : []
  return { deletedItems, removedRecords }
}
