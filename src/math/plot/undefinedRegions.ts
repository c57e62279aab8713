// Can f be undefined on whole regions of the plane (not just on isolated points or lines)?
// Regions of NaN come from functions with a restricted real domain (sqrt of a negative, log of a negative, asin
// beyond ±1, …) and from powers with a non-integer exponent (a negative base). Division and tan only give poles:
// lines of ±Infinity, which the z-range clip handles. The surface's vertex shader uses this to decide whether it
// needs to pull the mesh onto the edge of the defined region (work that only pays off when such an edge exists).
import type { Expr } from '../expr/index.ts'

const RESTRICTED_DOMAIN = new Set([
  'sqrt', 'log', 'ln', 'log10', 'log2', 'asin', 'acos', 'asec', 'acsc', 'acosh', 'atanh', 'asech', 'acoth', 'pow',
])

export function mayBeUndefinedOnRegions(expr: Expr): boolean {
  switch (expr.kind) {
    case 'num':
    case 'const':
    case 'var':
      return false
    case 'neg':
      return mayBeUndefinedOnRegions(expr.arg)
    case 'binary': {
      // x^n with an integer literal n is defined for every real x; any other exponent is not (for x < 0).
      const fractionalPower = expr.op === '^' && !(expr.right.kind === 'num' && Number.isInteger(expr.right.value))
      return fractionalPower || mayBeUndefinedOnRegions(expr.left) || mayBeUndefinedOnRegions(expr.right)
    }
    case 'call': {
      if (expr.fn === 'pow') {
        const exponent = expr.args[1]
        const integerPower = exponent !== undefined && exponent.kind === 'num' && Number.isInteger(exponent.value)
        if (!integerPower) return true
      } else if (RESTRICTED_DOMAIN.has(expr.fn)) {
        return true
      }
      return expr.args.some(mayBeUndefinedOnRegions)
    }
  }
}
