// An independent reference evaluator for tests: a direct recursive walk over FUNCTIONS[fn].evaluate, sharing no code
// with compile(). Besides the value it reports what a fair comparison needs to know about the evaluation:
// `scale`, the largest finite magnitude met on the way (rounding error is relative to it, not to the result), and
// `signedZero`, whether a −0 reached an operand (simplify treats −0 as 0; 1/(−0) = −∞ would tell them apart), and
// `passedInfinity`, whether some intermediate was ±∞ (atan(1/0) is finite, but no derivative rule can see through ∞),
// and `dividedByZero`, whether some division had an exact 0 below the line (0/0 is NaN without any ∞ on the way).
import type { Expr } from '../../../../src/math/expr/ast.ts'
import { FUNCTIONS } from '../../../../src/math/expr/functions.ts'

export interface Evaluation {
  readonly value: number
  readonly scale: number
  readonly signedZero: boolean
  readonly passedInfinity: boolean
  readonly dividedByZero: boolean
}

export type Scope = Readonly<Record<string, number>>

export function evaluateWithStats(expr: Expr, scope: Scope): Evaluation {
  let scale = 0
  let signedZero = false
  let passedInfinity = false
  let dividedByZero = false
  const note = (v: number): number => {
    if (v === Infinity || v === -Infinity) passedInfinity = true
    if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v))
    if (Object.is(v, -0)) signedZero = true
    return v
  }
  const walk = (e: Expr): number => {
    switch (e.kind) {
      case 'num':
        return note(e.value)
      case 'const':
        return note(e.name === 'pi' ? Math.PI : Math.E)
      case 'var':
        return note(e.name in scope ? scope[e.name]! : NaN)
      case 'neg':
        return note(-walk(e.arg))
      case 'binary': {
        const a = walk(e.left)
        const b = walk(e.right)
        switch (e.op) {
          case '+': return note(a + b)
          case '-': return note(a - b)
          case '*': return note(a * b)
          case '/':
            if (b === 0) dividedByZero = true
            return note(a / b)
          case '^': return note(Math.pow(a, b))
        }
      }
      // falls through only for an impossible operator
      case 'call':
        return note(FUNCTIONS.get((e as Extract<Expr, { kind: 'call' }>).fn)!.evaluate(...(e as Extract<Expr, { kind: 'call' }>).args.map(walk)))
    }
  }
  const value = walk(expr)
  return { value, scale, signedZero, passedInfinity, dividedByZero }
}

export const evaluate = (expr: Expr, scope: Scope): number => evaluateWithStats(expr, scope).value

/** Central difference in float64 with the project's step h = 1e-5·max(1, |x|). */
export function centralDifference(expr: Expr, scope: Scope, variable: string): number {
  const x = scope[variable]!
  const h = 1e-5 * Math.max(1, Math.abs(x))
  const at = (t: number): number => evaluate(expr, { ...scope, [variable]: t })
  return (at(x + h) - at(x - h)) / (2 * h)
}
