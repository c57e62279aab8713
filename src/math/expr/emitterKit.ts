// What every emitter (compile, compileBatch, toGlsl, toTf) shares, written once:
// - the small-integer-power rule: x^n for a constant n in {−2, …, 4} is written as multiplications, the same ones in
//   the same order everywhere, so the float64 closure, the batched plan, GLSL and tfjs agree (x·x is the correctly
//   rounded square, so x^2 is exact; x^3, x^4, x^−1, x^−2 take one or two roundings, within Math.pow's own accuracy;
//   x^0 = 1 and x^1 = x exactly, also for NaN and ±∞, as Math.pow);
// - the shared-subtree memo: a node object that appears several times in a DAG (derivatives are DAGs; nodes are
//   hash-consed) is emitted once, so the cost of emitting is linear in the number of distinct nodes.
import type { Expr } from './ast.ts'

/** The operations a small power is built from, in the emitter's own terms (numbers, closures, GLSL names, tensors). */
export interface PowerOps<T> {
  one(): T
  mul(a: T, b: T): T
  reciprocal(a: T): T
}

/** Whether x^n is written as multiplications (n is a constant exponent). */
export const isSmallPower = (n: number | undefined): n is -2 | -1 | 0 | 1 | 2 | 3 | 4 =>
  n === 0 || n === 1 || n === 2 || n === 3 || n === 4 || n === -1 || n === -2

/** x^n for a small integer n (see isSmallPower): the one definition of which multiplications, in which order. */
export function smallPower<T>(x: T, n: -2 | -1 | 0 | 1 | 2 | 3 | 4, ops: PowerOps<T>): T {
  switch (n) {
    case 0: return ops.one()
    case 1: return x
    case 2: return ops.mul(x, x)
    case 3: return ops.mul(ops.mul(x, x), x)
    case 4: { const sq = ops.mul(x, x); return ops.mul(sq, sq) }
    case -1: return ops.reciprocal(x)
    case -2: return ops.reciprocal(ops.mul(x, x))
  }
}

const NUMBER_OPS: PowerOps<number> = { one: () => 1, mul: (a, b) => a * b, reciprocal: (a) => 1 / a }

/** The numeric function x ↦ x^n of smallPower, for float64 emitters (one table lookup per constant exponent). */
export const smallPowerFn = (n: -2 | -1 | 0 | 1 | 2 | 3 | 4): ((x: number) => number) => SMALL_POWER_FNS[n]!

const SMALL_POWER_FNS: Record<number, (x: number) => number> = Object.fromEntries(
  ([-2, -1, 0, 1, 2, 3, 4] as const).map((n) => [n, (x: number) => smallPower(x, n, NUMBER_OPS)]),
)

/**
 * A recursive emitter with the shared-subtree memo: `emitNode(e, emit)` builds e's output and calls `emit` for its
 * children; `emit` returns a child's output from the memo when that node object was emitted before.
 */
export function sharedSubtrees<T>(emitNode: (e: Expr, emit: (child: Expr) => T) => T): (e: Expr) => T {
  const memo = new Map<Expr, T>()
  const emit = (e: Expr): T => {
    let out = memo.get(e)
    if (out === undefined) {
      out = emitNode(e, emit)
      memo.set(e, out)
    }
    return out
  }
  return emit
}
