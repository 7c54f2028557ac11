import { createServices, type Services } from '../../../electron/app/services'
import type { ApiOverrides } from '../../../electron/validation/api-base'
import type { NetworkOptions } from '../../../electron/validation/network-policy'
import { createTestDeps } from '../../helpers/test-deps'

/** Real services (real keychain in the rig, temp data folder) pointed at local fake hosts with short timeouts. */
export const servicesFor = (apiOverrides: ApiOverrides = {}, network: Partial<NetworkOptions> = {}, env: Record<string, string> = {}) => {
  const deps = createTestDeps({ apiOverrides, validationNetwork: { timeoutMs: 1500, retryBackoffMs: 20, retryAfterCapMs: 2000, ...network } })
  const services: Services = createServices({ ...deps, env: { ...deps.env, ...env } })
  return { services, deps }
}
