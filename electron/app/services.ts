import { catalogLinkHosts } from '../../shared/hosts/link-hosts'
import { ExternalLinkPolicy } from '../security/external-links'
import { createMetadataStore, type MetadataStore } from '../metadata/metadata-store'
import { clearSecondsFromSettings } from '../clipboard/clipboard-settings'
import { createKeytarStore } from '../secrets/keytar-store'
import type { SecretStore } from '../secrets/secret-store'
import { createVault, type Vault } from '../vault/vault'
import { createImporter, type Importer } from '../import/importer'
import { createChecker, type TokenChecker } from '../validation'
import { ExpiryService } from '../expiry/expiry-service'
import { RenewalService } from '../renewal/renewal'
import { RevokeService, revokeIo } from '../revoke/revoke-service'
import { createGitService, type GitService } from '../git/git-service'
import { ClipboardService } from '../clipboard/clipboard-service'
import { NavigationInbox } from './navigation-inbox'
import type { ServiceDeps } from './service-deps'
import { HealthService } from '../health/health-service'

export type { ServiceDeps } from './service-deps'

/** The services main, the CLI and the test rigs share. Each concern adds its service here. */
export interface Services {
  deps: ServiceDeps
  /** Which links may open in the browser; custom hosts add their exact token-page URL. */
  links: ExternalLinkPolicy
  /** The OS keychain (one item per token). */
  secrets: SecretStore
  /** The metadata file (records, settings, git changes). */
  metadata: MetadataStore
  /** Tokens: keychain + metadata kept in step. */
  vault: Vault
  /** Plaintext git credentials into the keychain. */
  importer: Importer
  /** Validation against the hosts (check one, check all, check a draft). */
  checker: TokenChecker
  /** Expiry watch: engine over the stored tokens, snooze, export (electron/expiry). */
  expiry: ExpiryService
  /** Renewal flow: token page, swap with checks, GitLab self-rotation, "used in" checklist (electron/renewal). */
  renewal: RenewalService
  /** "Use with git": setup/undo, ls-remote test, commit identity (electron/git). */
  git: GitService
  /** Copies for the user; main attaches the Electron clipboard (electron/clipboard). */
  clipboard: ClipboardService
  /** The screen a newly created window should open on (tray and notification clicks). */
  navigation: NavigationInbox
  /** Token health: plaintext scan, fix/undo, risk flags, revoke (electron/health). */
  health: HealthService
}

/** Wires the services together from their dependencies. */
export const createServices = (deps: ServiceDeps): Services => {
  const secrets = createKeytarStore(deps.keychainService)
  const metadata = createMetadataStore(deps.dataDir, deps.log)
  const vault = createVault(metadata, secrets, deps)
  const importer = createImporter(vault, secrets, deps)
  const checker = createChecker(deps, vault)
  const links = new ExternalLinkPolicy(catalogLinkHosts())
  const expiry = new ExpiryService(deps, { vault, metadata })
  const revoker = new RevokeService({ vault, log: deps.log, clock: deps.clock, io: revokeIo(deps) })
  const renewal = new RenewalService(deps, { vault, checker, links, revoker })
  const git = createGitService(deps, metadata)
  const clipboard = new ClipboardService({ clearSeconds: clearSecondsFromSettings(() => metadata.read()), clock: deps.clock })
  const health = new HealthService(deps, { vault, secrets, importer, git, metadata })
  return { deps, links, secrets, metadata, vault, importer, checker, expiry, renewal, git, clipboard, navigation: new NavigationInbox(), health }
}
