// Browser tests: real headless Chromium through vitest's browser mode (playwright provider, system browser).
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { coursePlugin } from './scripts/coursePlugin.ts'
import { BROWSER_OPTIMIZE_DEPS, chromiumInstance, useProjectTmpdir } from './scripts/browserProvider.ts'

useProjectTmpdir()

export default defineConfig({
  plugins: [react(), coursePlugin()],
  optimizeDeps: BROWSER_OPTIMIZE_DEPS,
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.{ts,tsx}'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    browser: { ...chromiumInstance({ width: 1280, height: 800 }), screenshotDirectory: 'test-output/screenshots' },
  },
})
