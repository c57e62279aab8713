// Seeded random inputs for checking identities: the same seed gives the same numbers on every machine (DESIGN.md:
// anything random is seeded). Square matrices that are inverted get a dominant diagonal so they are well conditioned.
import type { MatrixExpr } from './ast.ts'
import { dims, sizeOf, type Shape } from './shape.ts'
import { mulberry32 } from '../seededRandom.ts'

/** Uniform numbers in [0, 1) from a seed: the project's one generator (mulberry32, src/math/seededRandom.ts). */
export const seededUniform: (seed: number) => () => number = mulberry32

export type InputKind = 'any' | 'positive' | 'invertible' | 'probability'

/**
 * Values in [-1, 1] ('any'), [0.5, 2] ('positive'), a square matrix near 2I ('invertible': entries in [-0.5, 0.5]
 * plus 2 on the diagonal, so det is far from 0), or a probability vector ('probability': positive, sums to 1).
 */
export function randomValue(shape: Shape, kind: InputKind, next: () => number, range: readonly [number, number] = [-1, 1]): Float64Array {
  const data = new Float64Array(sizeOf(shape))
  const [lo, hi] = kind === 'any' ? range : [-1, 1]
  for (let i = 0; i < data.length; i++) data[i] = kind === 'positive' ? 0.5 + 1.5 * next() : kind === 'probability' ? 0.1 + next() : lo + (hi - lo) * next()
  if (kind === 'invertible') {
    const [n] = dims(shape)
    for (let i = 0; i < data.length; i++) data[i]! *= 0.5
    for (let i = 0; i < n; i++) data[i * n + i]! += 2
  }
  if (kind === 'probability') {
    const s = data.reduce((p, q) => p + q, 0)
    for (let i = 0; i < data.length; i++) data[i]! /= s
  }
  return data
}

/**
 * Seeded values for every declared name; kinds default to 'any' (uniform in `range`, [-1, 1] unless given). Callers
 * mark square matrices under inv/det/logdet 'invertible' (see invertedNames).
 */
export function randomEnv(
  shapes: Readonly<Record<string, Shape>>,
  seed: number,
  kinds: Readonly<Record<string, InputKind>> = {},
  range: readonly [number, number] = [-1, 1],
): Record<string, Float64Array> {
  const next = seededUniform(seed)
  const env: Record<string, Float64Array> = {}
  for (const name of Object.keys(shapes).sort()) env[name] = randomValue(shapes[name]!, kinds[name] ?? 'any', next, range)
  return env
}

/** Names that sit (directly) under inv, det or logdet, or under a product inside them: they get 'invertible'. */
export function invertedNames(e: MatrixExpr, out = new Set<string>(), inside = false): Set<string> {
  if (e.kind === 'var' && inside && e.shape.length === 2 && e.shape[0] === e.shape[1]) out.add(e.name)
  const enter = inside || (e.kind === 'call' && (e.fn === 'inv' || e.fn === 'det' || e.fn === 'logdet'))
  const kids = e.kind === 'call' ? e.args : e.kind === 'num' || e.kind === 'var' ? [] : 'a' in e ? [e.a, e.b] : [e.arg]
  for (const k of kids) invertedNames(k, out, enter)
  return out
}
