// `npm run bench`: benchmarks written as vitest files so they share the project's TypeScript/Vite setup.
// Node benches (bench/**/*.node.bench.ts) and browser benches in real Chromium (bench/**/*.browser.bench.ts).
// Each bench prints ratios measured side by side in one run; none asserts on time.
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { BROWSER_OPTIMIZE_DEPS, chromiumInstance, useProjectTmpdir } from './scripts/browserProvider.ts'

useProjectTmpdir()

export default defineConfig({
  plugins: [react()],
  optimizeDeps: BROWSER_OPTIMIZE_DEPS,
  test: {
    disableConsoleIntercept: true,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'bench-node', include: ['bench/**/*.node.bench.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'bench-browser',
          include: ['bench/**/*.browser.bench.{ts,tsx}'],
          browser: chromiumInstance({ width: 1280, height: 720 }),
        },
      },
    ],
  },
})
