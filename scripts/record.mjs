// Entry point of `npm run record` (see scripts/record/main.ts). Node 20 cannot run TypeScript by itself, so the
// script is loaded through Vite's module runner, the same transform the app and the tests use.
import { runnerImport } from 'vite'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const { module } = await runnerImport(join(root, 'scripts/record/main.ts'), { configFile: false, logLevel: 'error', root })
const code = await module.runRecord(process.argv.slice(2), {
  root,
  // The tests build into their own folder (WORKBENCH_DIST) so they never race another test's build.
  outDir: process.env.WORKBENCH_DIST ?? join(root, 'dist'),
  log: (line) => process.stderr.write(line + '\n'),
})
process.exit(code)
