// `npm run bench`: benchmarks written as vitest files so they share the project's TypeScript/Vite setup.
// Node benches (bench/**/*.node.bench.ts) and browser benches in real Chromium (bench/**/*.browser.bench.ts).
// Each bench prints ratios measured side by side in one run; none asserts on time.
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { findChromium, CHROMIUM_ARGS } from './scripts/findChromium.ts'

const out = resolve('test-output/tmp')
mkdirSync(out, { recursive: true })
process.env.TMPDIR = out

export default defineConfig({
  plugins: [react()],
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
          browser: {
            enabled: true,
            headless: true,
            viewport: { width: 1280, height: 720 },
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
          },
        },
      },
    ],
  },
})
