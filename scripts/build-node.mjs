// Bundles the Node side with esbuild: main and preload for Electron, the two CLIs for plain Node.
// The preload must be one CommonJS file: a sandboxed preload cannot require node_modules.
import { build } from 'esbuild'

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning' }
// keytar is a native addon: it stays a real require so its .node file loads from node_modules (unpacked from asar).
const external = ['electron', 'keytar']

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/cli/patkeeper.ts'], outfile: 'dist-cli/patkeeper.cjs', external }),
  build({
    ...common,
    entryPoints: ['electron/cli/git-credential-patkeeper.ts'],
    outfile: 'dist-cli/git-credential-patkeeper.cjs',
    external,
    minify: true, // the helper runs on every git request: a smaller file parses faster
  }),
])
