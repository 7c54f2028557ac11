import { defineConfig } from 'vitest/config'

// `npm run test:live` only: checks against the real hosts (network and tokens needed). `npm test` never runs it.
// eslint-disable-next-line no-restricted-syntax -- vitest reads a config's default export
export default defineConfig({ test: { include: ['test/live/**/*.live.ts'], testTimeout: 60_000, fileParallelism: false } })
