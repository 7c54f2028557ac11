import type { UiRig } from '../../rigs/ui/ui-rig'
import { applyCheckFacts, DOZEN, makeSecrets } from '../vault/seed'

/** Adds the dozen realistic tokens through the real vault service (real keychain); returns id and label of each. */
export const seedDozen = async (ui: UiRig): Promise<{ id: string; label: string }[]> => {
  const secrets = makeSecrets()
  const added: { id: string; label: string }[] = []
  for (const [i, seed] of DOZEN.entries()) {
    const record = await ui.services.vault.add({ ...seed.req, secret: secrets[i]! })
    await applyCheckFacts(ui.services, record.id, i)
    added.push({ id: record.id, label: seed.req.label })
  }
  return added
}

/** Deletes every keychain item the rig's services made, then closes the rig. */
export const closeAndClean = async (ui: UiRig | undefined): Promise<void> => {
  if (!ui) return
  for (const id of await ui.services.secrets.ids().catch(() => [] as string[])) await ui.services.secrets.delete(id)
  await ui.close()
}
