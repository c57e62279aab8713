// The layering rules of the source tree (DESIGN.md, "Layout"), as a pure function over file texts so the rules
// themselves can be tested on small made-up trees:
// - src/math is pure: it imports only from src/math (no packages: no React, three, tfjs, DOM helpers);
// - only src/tensor imports TF.js (@tensorflow/*), statically or dynamically, anywhere in the app (src, scenes);
// - src/render never imports src/ui, and src/ui never imports src/render (shared presentation constants live in
//   src/style, which imports only src/math).
import { posix } from 'node:path'

export interface Violation {
  readonly file: string
  readonly specifier: string
  readonly rule: string
}

/** Every module specifier a file imports or re-exports: `import … from`, `export … from`, `import '…'`, `import('…')`. */
export function importSpecifiers(source: string): string[] {
  const out: string[] = []
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) out.push(match[1]!)
  return out
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`)

/** `files`: repository-relative POSIX paths (e.g. 'src/math/expr/parse.ts') to their text. */
export function layeringViolations(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = []
  for (const [file, source] of files) {
    for (const specifier of importSpecifiers(source)) {
      const relative = specifier.startsWith('.')
      const target = relative ? posix.normalize(posix.join(posix.dirname(file), specifier)) : null
      const add = (rule: string) => violations.push({ file, specifier, rule })
      if (within(file, 'src/math')) {
        if (!target) add('src/math imports no package (it stays pure: no React, three, tfjs or DOM)')
        else if (!within(target, 'src/math')) add('src/math imports only from src/math')
      }
      if (within(file, 'src/style') && (!target || !(within(target, 'src/style') || within(target, 'src/math')))) {
        add('src/style imports only src/style and src/math')
      }
      if ((specifier.startsWith('@tensorflow/') || specifier === '@tensorflow') && !within(file, 'src/tensor')) {
        add('only src/tensor imports TF.js')
      }
      if (target && within(file, 'src/render') && within(target, 'src/ui')) add('src/render does not import src/ui')
      if (target && within(file, 'src/ui') && within(target, 'src/render')) add('src/ui does not import src/render')
    }
  }
  return violations
}
