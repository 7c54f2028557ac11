import { randomUUID } from 'node:crypto'
import { toTokenView, type TokenView } from '../../../shared/domain/token'
import type { tokensChannels } from '../../../shared/ipc/channels/tokens'
import type { Services } from '../../app/services'
import { AppError } from '../../errors/app-error'
import type { TokenPatch } from '../../vault/vault-types'
import { readSettings, updateSettings } from '../../vault/settings-store'
import type { HandlersFor } from '../dispatch'
import { removeToken } from '../../app/remove-token'

/** Handlers for the vault's channels. Results are records without secrets (the renderer never gets one back). */
export const tokensHandlers = (services: Services): HandlersFor<typeof tokensChannels> => {
  const { vault, importer } = services
  const view = (r: Parameters<typeof toTokenView>[0]): TokenView => toTokenView(r)
  // Files the renderer may ask to erase from: git's default files and files it scanned in this session.
  const scanned = new Set<string>()
  return {
    'tokens:list': async () => (await vault.list()).map(view),
    'tokens:add': async (req) => view(await vault.add(req)),
    'tokens:get': async (id) => view(await vault.find(id)),
    'tokens:get-many': async (ids) => {
      const wanted = new Set(ids)
      return (await vault.list()).filter((r) => wanted.has(r.id)).map(view)
    },
    'tokens:update': async (id, edit) => {
      const current = await vault.find(id)
      const patch: TokenPatch = {}
      if (edit.label !== undefined) patch.label = edit.label
      if (edit.purpose !== undefined) patch.purpose = edit.purpose
      if (edit.username !== undefined) patch.username = edit.username.trim() || undefined
      if (edit.email !== undefined) patch.email = edit.email.trim() || undefined
      if (edit.usedIn !== undefined)
        patch.usedIn = edit.usedIn.map((n) => ({ id: n.id ?? randomUUID(), text: n.text.trim(), ...(n.updatedAt ? { updatedAt: n.updatedAt } : {}) })).filter((n) => n.text)
      if (edit.expiresAt !== undefined) {
        patch.expiresAt = edit.expiresAt
        patch.expirySource = edit.expiresAt ? 'user' : null
        patch.alerts = { sent: [] } // a new date means earlier alerts no longer apply
      }
      return view(await vault.update(current.id, patch))
    },
    'tokens:rotate': async (id, secret, facts = {}) =>
      view(await vault.rotate(id, secret, {
        ...(facts.expiresAt ? { expiresAt: facts.expiresAt, expirySource: facts.expirySource ?? 'user' } : {}),
        ...(facts.scopes ? { scopes: facts.scopes } : {}),
        ...(facts.tokenType ? { tokenType: facts.tokenType } : {}),
      })),
    'tokens:remove': async (id) => removeToken(services, id),
    'tokens:doctor': () => vault.doctor(),
    'tokens:doctor-fix': () => vault.doctorFix(),
    'tokens:import-scan': async (file) => {
      const files = file ? [file] : importer.defaultFiles()
      for (const f of files) scanned.add(f)
      return { files, candidates: await importer.scan(files) }
    },
    'tokens:import-run': (choices) => importer.run(choices, [...new Set([...importer.defaultFiles(), ...scanned])]),
    'tokens:import-erase': async (file, keys) => {
      if (!scanned.has(file) && !importer.defaultFiles().includes(file))
        throw new AppError('not-allowed', 'PAT Keeper only edits credential files you scanned on the Import screen.')
      return importer.erase(file, keys)
    },
    'settings:get': () => readSettings(services.metadata),
    'settings:update': (patch) => updateSettings(services.metadata, patch),
  }
}
