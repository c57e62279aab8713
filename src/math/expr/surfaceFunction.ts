// f(x, y) as a plain two-argument function of the plane, with the parameters fixed: the shape every sampler of a
// surface wants (z-range fit, aliasing check, the descent race). One scope object, rewritten per call, because these
// run thousands of times per frame and a fresh object per call would be garbage for the collector. A parameter can
// never be named x or y (those are the coordinates), so writing them last is safe.
import type { Expr } from './ast.ts'
import { compile, type CompiledFn } from './compile.ts'

export function surfaceFunction(f: Expr | CompiledFn, params: Readonly<Record<string, number>>): (x: number, y: number) => number {
  const evaluate = typeof f === 'function' ? f : compile(f)
  const scope: Record<string, number> = { ...params, x: 0, y: 0 }
  return (x, y) => {
    scope.x = x
    scope.y = y
    return evaluate(scope)
  }
}
