// Bundles the Node side with esbuild: main and preload for Electron, the two CLIs for plain Node.
// The preload must be one CommonJS file: a sandboxed preload cannot require node_modules.
import { createRequire } from 'node:module'
import { build } from 'esbuild'

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning' }
// keytar is a native addon: it stays a real require so its .node file loads from node_modules (unpacked from asar).
// The host SDKs and undici stay in node_modules too and are imported on first use (electron/validation): compiling
// them into every bundle cost each CLI command ~150 ms of start-up before any of them was needed.
const external = ['electron', 'keytar', '@octokit/rest', '@aws-sdk/client-codecommit', 'undici']

/** Channel names from the IPC contract, computed at build time (the contract module itself carries zod). */
const contractNames = async () => {
  const out = await build({ ...common, entryPoints: ['shared/ipc/contract.ts'], write: false, external: ['zod'] })
  const module = { exports: {} }
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url))
  return { INVOKE_CHANNELS: module.exports.INVOKE_CHANNELS, EVENT_CHANNELS: module.exports.EVENT_CHANNELS }
}

/**
 * In the preload, `shared/ipc/contract` is replaced by its channel-name lists: the preload needs only the
 * allowlist, and keeping zod's schemas out makes it a few kilobytes instead of most of a megabyte.
 */
const preloadContract = (names) => ({
  name: 'preload-contract-names',
  setup(b) {
    b.onResolve({ filter: /\/contract$/ }, (args) => (args.importer.endsWith('window-api.ts') ? { path: 'contract-names', namespace: 'patkeeper' } : undefined))
    b.onLoad({ filter: /.*/, namespace: 'patkeeper' }, () => ({
      contents: `export const INVOKE_CHANNELS = Object.freeze(${JSON.stringify(names.INVOKE_CHANNELS)})\nexport const EVENT_CHANNELS = Object.freeze(${JSON.stringify(names.EVENT_CHANNELS)})\n`,
      loader: 'js',
    }))
  },
})

const names = await contractNames()
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], plugins: [preloadContract(names)] }),
  build({ ...common, entryPoints: ['electron/cli/patkeeper.ts'], outfile: 'dist-cli/patkeeper.cjs', external }),
  build({
    ...common,
    entryPoints: ['electron/cli/git-credential-patkeeper.ts'],
    outfile: 'dist-cli/git-credential-patkeeper.cjs',
    external,
    minify: true, // the helper runs on every git request: a smaller file parses faster
  }),
])
console.log(`build-node: preload allows ${names.INVOKE_CHANNELS.length} channels and ${names.EVENT_CHANNELS.length} events`)
