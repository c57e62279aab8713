// How two functions of the same variables relate, judged at seeded random points: equal, a constant multiple,
// a constant apart, or different (with the first point that shows it). Random-point testing is the practical
// test of equivalence: two different elementary expressions agree at many random points only by a miracle.
import { samplePoints, valuesAgree } from './samplePoints.ts'

export type Relation =
  | { readonly kind: 'equal'; readonly checked: number }
  | { readonly kind: 'factor'; readonly factor: number }
  | { readonly kind: 'offset'; readonly offset: number }
  | { readonly kind: 'different'; readonly at: Record<string, number>; readonly mine: number; readonly expected: number }
  | { readonly kind: 'undefined' }

type Fn = (point: Record<string, number>) => number

const POINTS = 48
const MIN_CHECKED = 8

export function compareFunctions(mine: Fn, expected: Fn, variables: readonly string[], domain: readonly [number, number]): Relation {
  const pairs: { at: Record<string, number>; mine: number; expected: number }[] = []
  for (const at of samplePoints(variables, domain, variables.length === 0 ? 1 : POINTS)) {
    const e = expected(at)
    if (!Number.isFinite(e)) continue // the key itself is undefined here: no evidence either way
    pairs.push({ at, mine: mine(at), expected: e })
  }
  if (pairs.length < Math.min(MIN_CHECKED, variables.length === 0 ? 1 : MIN_CHECKED)) return { kind: 'undefined' }
  const firstBad = pairs.find((p) => !valuesAgree(p.mine, p.expected))
  if (!firstBad) return { kind: 'equal', checked: pairs.length }
  // A constant ratio (taken where the key is not tiny) or a constant difference: the typical slips.
  const big = pairs.filter((p) => Math.abs(p.expected) > 1e-6)
  const ratio = big.length > 0 ? big[0]!.mine / big[0]!.expected : NaN
  if (Number.isFinite(ratio) && ratio !== 0 && big.length >= Math.min(MIN_CHECKED, pairs.length) && pairs.every((p) => valuesAgree(p.mine, ratio * p.expected))) {
    return { kind: 'factor', factor: ratio }
  }
  const offset = pairs[0]!.mine - pairs[0]!.expected
  if (variables.length > 0 && Number.isFinite(offset) && pairs.every((p) => valuesAgree(p.mine - offset, p.expected))) {
    return { kind: 'offset', offset }
  }
  return { kind: 'different', ...firstBad }
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'undefined (NaN)' : value > 0 ? '∞' : '−∞'
  const rounded = Number(value.toPrecision(6))
  return String(rounded).replace('-', '−')
}

export function formatPoint(at: Record<string, number>): string {
  return Object.entries(at)
    .map(([name, v]) => `${name} = ${formatValue(v)}`)
    .join(', ')
}
