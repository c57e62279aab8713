// Powers: x^0 → 1, x^1 → x, 1^x → 1, 0^c → 0 for a positive number c, exact integer powers of integers (2^3 → 8,
// 2^-2 → 1/4), and numeric exponents handed to the product form (x^-1 → 1/x, (x^2)^3 → x^6).
//
// Semantics are JavaScript's Math.pow, which every emitter shares: pow(anything, 0) = 1 even for NaN, so x^0 → 1 is
// exact everywhere. 1^x → 1 and 0^c → 0 only differ from Math.pow where the input is NaN or infinite.
// 0^x with a symbolic x is left alone: it is 0, 1 or ∞ depending on the sign of x.
import { num, pow, type Expr } from '../ast.ts'
import { fraction } from './coefficient.ts'
import { buildProduct, canonicalProduct } from './product.ts'

const SAFE = Number.MAX_SAFE_INTEGER

/** a^b for integer literals when the exact value is a safe integer (or its reciprocal); null otherwise. */
function foldIntegerPower(a: number, b: number): Expr | null {
  if (!Number.isInteger(a) || !Number.isInteger(b)) return null
  const magnitude = a ** Math.abs(b)
  if (!(Math.abs(magnitude) <= SAFE)) return null
  if (b >= 0) return num(magnitude)
  const reciprocal = fraction(1, magnitude)
  return reciprocal === null ? null : buildProduct(reciprocal, [])
}

export function simplifyPower(base: Expr, exponent: Expr): Expr {
  if (exponent.kind === 'num' && exponent.value === 0) return num(1)
  if (exponent.kind === 'num' && exponent.value === 1) return base
  if (base.kind === 'num' && base.value === 1) return num(1)
  if (base.kind === 'num' && base.value === 0 && exponent.kind === 'num' && exponent.value > 0) return num(0)
  if (base.kind === 'num' && exponent.kind === 'num') {
    const folded = foldIntegerPower(base.value, exponent.value)
    if (folded !== null) return folded
  }
  if (exponent.kind === 'num') return canonicalProduct(pow(base, exponent))
  return pow(base, exponent)
}
