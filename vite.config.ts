import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// The renderer is a plain Vite + React app in renderer/, built to dist/renderer and served by main from
// app://renderer/. Main, preload and the CLI are bundled by scripts/build-node.mjs (esbuild).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
})
