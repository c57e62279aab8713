// End-to-end tests of the production build: Node drives real Chromium (playwright-core) against `vite build` + preview.
import { defineConfig } from 'vitest/config'
import { useProjectTmpdir } from './scripts/browserProvider.ts'

useProjectTmpdir()

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
})
