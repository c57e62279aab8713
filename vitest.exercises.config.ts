// The coding exercises' tests (exercises/tests). `npm run exercise -- N.k` runs one against the learner's code,
// `npm run exercise -- --solutions` all of them against the reference solutions (scripts/exercise.mjs).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'exercises',
    include: ['exercises/tests/**/*.test.ts'],
    environment: 'node',
  },
})
