// fast-check arbitraries for random ASTs, shared by the property tests (round-trip, simplify, derivatives, emitters).
// Numbers are small and "nice" (integers, halves, a few decimals) so that random expressions stay in a range
// where float64 comparisons are meaningful; negative literals appear too, since the parser folds `-2` into one.
import fc from 'fast-check'
import { num, constant, variable, neg, binary, call, type Expr, type BinaryOp } from '../../../../src/math/expr/ast.ts'
import { FUNCTIONS, type FnName } from '../../../../src/math/expr/functions.ts'

export const numberArb: fc.Arbitrary<Expr> = fc
  .oneof(fc.integer({ min: -9, max: 9 }), fc.constantFrom(0.5, 1.5, 2.5, 0.25, 0.1, 1e-3, 100))
  .map((v) => num(v))

export const leafArb = (vars: readonly string[]): fc.Arbitrary<Expr> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...vars).map((n) => variable(n)) },
    { weight: 2, arbitrary: numberArb },
    { weight: 1, arbitrary: fc.constantFrom<'pi' | 'e'>('pi', 'e').map((c) => constant(c)) },
  )

/** Random expressions over `vars` using every operator and, unless `fns` narrows it, every function of the grammar. */
export function exprArb(
  vars: readonly string[] = ['x', 'y', 'a'],
  fns: readonly FnName[] = [...FUNCTIONS.keys()],
  maxDepth = 4,
): fc.Arbitrary<Expr> {
  const ops: BinaryOp[] = ['+', '-', '*', '/', '^']
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leafArb(vars),
      tie('expr').map((e) => neg(e as Expr)),
      fc.tuple(fc.constantFrom(...ops), tie('expr'), tie('expr')).map(([op, l, r]) => binary(op, l as Expr, r as Expr)),
      fc.constantFrom(...fns).chain((fn) => {
        const spec = FUNCTIONS.get(fn)!
        return fc
          .integer({ min: spec.minArgs, max: spec.maxArgs })
          .chain((n) => fc.array(tie('expr'), { minLength: n, maxLength: n }))
          .map((args) => call(fn, ...(args as Expr[])))
      }),
    ),
  }))
  return expr
}

/** Smooth functions only (no abs/min/max/relu/sign/step kinks), for derivative-vs-finite-difference checks. */
export const SMOOTH_FNS: FnName[] = [...FUNCTIONS.keys()].filter(
  (f) => !['abs', 'min', 'max', 'relu', 'sign', 'step', 'leaky_relu', 'elu', 'mask', 'defined'].includes(f),
)
