// Square and cube roots, as f'(u) for the chain rule: √u' = 1/(2√u), ∛u' = 1/(3 ∛u²).
// Written with the root itself (not u^(-1/2)) so the result reads like the textbook and keeps cbrt's real cube root
// for negative u, where Math.pow(u, -2/3) would be NaN.
import { num, mul, div, pow, call } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { UnaryDerivative } from './ruleTypes.ts'

export const ROOT_DERIVATIVES = {
  sqrt: { rule: 'root', outer: (u) => div(num(1), mul(num(2), call('sqrt', u))), ruleLatex: "(\\sqrt{u})' = \\frac{u'}{2\\sqrt{u}}" },
  cbrt: {
    rule: 'root',
    outer: (u) => div(num(1), mul(num(3), pow(call('cbrt', u), num(2)))),
    ruleLatex: "(\\sqrt[3]{u})' = \\frac{u'}{3\\sqrt[3]{u}^{2}}",
  },
} satisfies Partial<Record<FnName, UnaryDerivative>>
