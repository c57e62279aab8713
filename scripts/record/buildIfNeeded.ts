// `npm run record` serves the production build. It builds when there is none or when any source is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'

const SOURCES = ['src', 'scenes', 'shaders', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json']

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

/** True when `outDir` has no build or an older one than the newest source file. */
export function buildIsStale(root: string, outDir: string): boolean {
  const index = join(outDir, 'index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  return SOURCES.some((s) => newestMtime(join(root, s)) > built)
}

export async function buildIfNeeded(root: string, outDir: string, log: (line: string) => void): Promise<void> {
  if (!buildIsStale(root, outDir)) return
  log(`building the app into ${outDir} …`)
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}
