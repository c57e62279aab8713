// Powers u^w (and pow(u, w), the same Math.pow). Which rule applies depends on what varies:
//   only the base      power rule        (u^n)' = n u^(n−1) u'
//   only the exponent  exponential rule  (a^w)' = a^w ln(a) w'         (ln e = 1, so (e^w)' = e^w w')
//   both               general power     (u^w)' = u^w (w' ln u + w u'/u), from u^w = e^(w ln u)
// A base that is identically 0 is special-cased: 0^w is the constant 0 wherever it is finite (w > 0), while the
// formulas above would give 0 · ln 0 = NaN there. A base is zero when it simplifies to the literal 0 ((x − x)^x,
// (a − a)^x with a parameter a) or, without names, evaluates to ±0 (acsch(log(0)) is −0).
// Where the inner derivative can vanish on an interval (relu(x)^0.5), the product is a mask (see calls.ts).
import { num, sub, add, mul, div, pow, call, freeVariableSet, type Expr } from '../ast.ts'
import { chainProduct } from './calls.ts'
import { simplify } from '../simplify.ts'
import { compile } from '../compile.ts'
import type { RuleApplication, RuleContext } from './ruleTypes.ts'

const isVariable = (e: Expr, ctx: RuleContext): boolean => e.kind === 'var' && e.name === ctx.variable

export function powerRule(base: Expr, exponent: Expr, ctx: RuleContext): RuleApplication {
  const baseVaries = ctx.dependsOnVariable(base)
  const exponentVaries = ctx.dependsOnVariable(exponent)

  if (!exponentVaries) {
    const du = isVariable(base, ctx) ? num(1) : ctx.derive(base)
    return {
      rule: isVariable(base, ctx) ? 'power' : 'chain',
      derivative: chainProduct(mul(exponent, pow(base, sub(exponent, num(1)))), du),
      ruleLatex: "(u^{n})' = n\\,u^{n-1} \\cdot u'",
    }
  }
  // A base that simplifies to 0 ((a − a), (x − x)) is zero for every value of its names; a base without names is
  // evaluated (acsch(log(0)) = −0 does not simplify to the literal).
  const simplifiedBase = simplify(base)
  const baseIsZero = (simplifiedBase.kind === 'num' && simplifiedBase.value === 0) ||
    (freeVariableSet(base).size === 0 && compile(base)({}) === 0)
  if (baseIsZero) {
    return { rule: baseVaries ? 'general-power' : 'exponential', derivative: num(0), ruleLatex: "(0^{w})' = 0 \\quad (w > 0)" }
  }
  if (!baseVaries) {
    const dw = isVariable(exponent, ctx) ? num(1) : ctx.derive(exponent)
    return {
      rule: isVariable(exponent, ctx) ? 'exponential' : 'chain',
      derivative: chainProduct(mul(pow(base, exponent), call('ln', base)), dw),
      ruleLatex: "(a^{w})' = a^{w} \\ln a \\cdot w'",
    }
  }
  const du = ctx.derive(base)
  const dw = ctx.derive(exponent)
  return {
    rule: 'general-power',
    derivative: mul(pow(base, exponent), add(mul(dw, call('ln', base)), div(mul(exponent, du), base))),
    ruleLatex: "(u^{w})' = u^{w} \\left(w' \\ln u + \\frac{w\\,u'}{u}\\right)",
  }
}
