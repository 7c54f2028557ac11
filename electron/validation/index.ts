import { requiredScopes } from '../../shared/hosts/catalog'
import type { ServiceDeps } from '../app/service-deps'
import type { Vault } from '../vault/vault'
import { TokenChecker } from './checker'
import { createGitProbe } from './git-probe'
import { ValidationHttp } from './http-client'
import type { NetworkOptions } from './network-policy'

export { TokenChecker } from './checker'
export type { CheckerDeps, DraftTarget, VaultPort } from './checker'

/** Builds `services.checker` from the shared dependencies and the vault. */
export const createChecker = (deps: ServiceDeps, vault: Vault, network: Partial<NetworkOptions> = {}): TokenChecker =>
  new TokenChecker({
    vault: () => vault,
    http: new ValidationHttp(deps.env, { ...network, ...deps.validationNetwork }, deps.clock, deps.network),
    git: createGitProbe(deps.env),
    clock: deps.clock,
    log: deps.log,
    redactor: deps.redactor,
    dataDir: deps.dataDir,
    overrides: deps.apiOverrides,
    requiredScopes,
    onChecked: (ids) => deps.emit('tokens:checked', { ids }),
  })
