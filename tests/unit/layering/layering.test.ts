// The layering of the source tree, enforced (issue 8): the import rules over every file of the app (src, scenes),
// checked first on small made-up trees so that each rule is seen to fail; and src/math type-checked on its own
// against the ES library only, without the DOM lib or any @types package, so nothing in it can lean on the browser.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importSpecifiers, layeringViolations } from './importRules.ts'

const ROOT = join(import.meta.dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

describe('the import rules, on made-up trees', () => {
  it('reads static, side-effect, re-export and dynamic imports', () => {
    const source = `import { a } from './a.ts'\nimport type { B } from "../b.ts"\nimport './c.css'\nexport { d } from './d.ts'\nconst e = await import('./e.ts')`
    expect(importSpecifiers(source).sort()).toEqual(['../b.ts', './a.ts', './c.css', './d.ts', './e.ts'])
  })

  it('flags math importing outside itself or a package, tfjs outside src/tensor, render ↔ ui, style importing render', () => {
    const files = new Map([
      ['src/math/plot/a.ts', `import { x } from '../expr/index.ts'\nimport { y } from '../../state/store.ts'\nimport * as THREE from 'three'`],
      ['src/render/b.tsx', `import { c } from '../ui/descent/racerColours.ts'\nimport { d } from '../style/racerColours.ts'`],
      ['src/ui/c.tsx', `import type { P } from '../render/instruments/InstrumentPlot.tsx'`],
      ['scenes/lab/d.ts', `const tf = await import('@tensorflow/tfjs')`],
      ['src/tensor/e.ts', `import * as tf from '@tensorflow/tfjs'`],
      ['src/style/f.ts', `import { g } from '../render/x.ts'\nimport { h } from '../math/optim/index.ts'`],
    ])
    expect(layeringViolations(files).map((v) => `${v.file} ${v.specifier}`)).toEqual([
      'src/math/plot/a.ts ../../state/store.ts',
      'src/math/plot/a.ts three',
      'src/render/b.tsx ../ui/descent/racerColours.ts',
      'src/ui/c.tsx ../render/instruments/InstrumentPlot.tsx',
      'scenes/lab/d.ts @tensorflow/tfjs',
      'src/style/f.ts ../render/x.ts',
    ])
  })
})

describe('the layering of this repository', () => {
  it('src and scenes follow the import rules', () => {
    const files = new Map([...sourceFiles('src'), ...sourceFiles('scenes')].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]))
    expect(files.size).toBeGreaterThan(100)
    expect(layeringViolations(files)).toEqual([])
  })

  // One tsc run per check; ~1–3 s each on the development machine.
  const typeCheck = (include: string, dir: string): { ok: boolean; output: string } => {
    const config = {
      compilerOptions: {
        target: 'ES2022', lib: ['ES2022'], types: [], module: 'ESNext', moduleResolution: 'bundler', strict: true,
        noEmit: true, skipLibCheck: true, isolatedModules: true, allowImportingTsExtensions: true,
      },
      include: [include],
    }
    const file = join(dir, 'tsconfig.json')
    writeFileSync(file, JSON.stringify(config))
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', file], { encoding: 'utf8', stdio: 'pipe' })
      return { ok: true, output: '' }
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string }
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
    }
  }

  it('src/math type-checks with the ES library alone (no DOM lib, no @types)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'math-lib-'))
    try {
      // The check can fail: a file that touches the DOM does not compile under the same settings.
      writeFileSync(join(dir, 'usesDom.ts'), 'export const width = (c: HTMLCanvasElement) => c.width + window.innerWidth\n')
      const dom = typeCheck(join(dir, 'usesDom.ts'), dir)
      expect(dom.ok).toBe(false)
      expect(dom.output).toMatch(/HTMLCanvasElement|window/)

      const math = typeCheck(join(ROOT, 'src/math/**/*.ts'), dir)
      expect(math.output).toBe('')
      expect(math.ok).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

