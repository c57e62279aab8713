// Browser tests: real headless Chromium through vitest's browser mode (playwright provider, system browser).
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { findChromium, CHROMIUM_ARGS } from './scripts/findChromium.ts'

// Keep Chromium's and Playwright's temp folders inside the project's test output (shared/BROWSER.md).
const out = resolve('test-output/tmp')
mkdirSync(out, { recursive: true })
process.env.TMPDIR = out

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.{ts,tsx}'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    browser: {
      enabled: true,
      headless: true,
      screenshotDirectory: 'test-output/screenshots',
      viewport: { width: 1280, height: 800 },
      instances: [{ browser: 'chromium' }],
      provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
    },
  },
})
