// AST → KaTeX-ready LaTeX for display. Unlike toText, the output need not read back: it is free to drop
// parentheses that do not change the value (a + (b + c) shows as a + b + c) and to use 2-D notation
// (\frac, \sqrt, superscripts). Products are juxtaposed (2x, x \sin(y)); \cdot appears only where
// juxtaposition would misread: before a number (2 \cdot 3) or a fraction (2\frac{1}{2} would look like 2½).
import type { Expr } from './ast.ts'
import { LATEX_OPERATOR, numberLatex, variableLatex } from './latexNames.ts'
import { ATOM, POWER, PRODUCT, SUM, UNARY } from './precedence.ts'

const paren = (tex: string): string => `\\left(${tex}\\right)`

/** Binding level of the LaTeX form of `e` (a \frac or a |…| is self-delimiting, a^{b} and e^{x} are powers). */
function latexPrecedence(e: Expr): number {
  switch (e.kind) {
    case 'num':
      // A number shown as 1.5 × 10^{-8} or as \frac{10}{3} needs parentheses as a base, like a product.
      return e.value < 0 ? UNARY : /e|\\/.test(numberLatex(e.value)) ? PRODUCT : ATOM
    case 'neg':
      return UNARY
    case 'binary':
      return e.op === '^' ? POWER : e.op === '/' ? ATOM : e.op === '*' ? PRODUCT : SUM
    case 'call':
      return e.fn === 'exp' || e.fn === 'pow' ? POWER : ATOM
    default:
      return ATOM
  }
}

/** A power base that takes a superscript without parentheses: x^{2}, \pi^{2}, \sin\left(x\right)^{2}, \left|x\right|^{2}. */
function isSafeBase(e: Expr): boolean {
  if (e.kind === 'call') return !['exp', 'pow', 'sqrt', 'cbrt'].includes(e.fn)
  return latexPrecedence(e) === ATOM && !(e.kind === 'binary' && e.op === '/')
}

/** `e` printed where it must bind at least as tightly as `least`; a leading minus sign is always bracketed there. */
function operand(e: Expr, least: number): string {
  const tex = latex(e)
  return latexPrecedence(e) < least || tex.startsWith('-') ? paren(tex) : tex
}

function power(base: Expr, exponent: Expr): string {
  const b = isSafeBase(base) ? latex(base) : paren(latex(base))
  return `${b}^{${latex(exponent)}}`
}

function product(left: Expr, right: Expr): string {
  const l = latexPrecedence(left) < PRODUCT ? paren(latex(left)) : latex(left)
  const r = operand(right, PRODUCT)
  const needsDot = /^[0-9.]/.test(r) || r.startsWith('\\frac')
  return needsDot ? `${l} \\cdot ${r}` : `${l} ${r}`
}

function callLatex(e: Extract<Expr, { kind: 'call' }>): string {
  const [first, second] = e.args as [Expr, Expr | undefined]
  switch (e.fn) {
    case 'sqrt':
      return `\\sqrt{${latex(first)}}`
    case 'cbrt':
      return `\\sqrt[3]{${latex(first)}}`
    case 'abs':
      return `\\left|${latex(first)}\\right|`
    case 'exp':
      return `e^{${latex(first)}}`
    case 'pow':
      return power(first, second!)
    case 'log':
      if (second !== undefined) return `\\log_{${latex(second)}}${paren(latex(first))}`
  }
  return `${LATEX_OPERATOR[e.fn]}${paren(e.args.map(latex).join(', '))}`
}

function binaryLatex(e: Extract<Expr, { kind: 'binary' }>): string {
  switch (e.op) {
    case '+':
      return `${latex(e.left)} + ${operand(e.right, SUM)}`
    case '-':
      return `${latex(e.left)} - ${operand(e.right, PRODUCT)}`
    case '*':
      return product(e.left, e.right)
    case '/':
      return `\\frac{${latex(e.left)}}{${latex(e.right)}}`
    case '^':
      return power(e.left, e.right)
  }
}

function latex(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return numberLatex(e.value)
    case 'const':
      return e.name === 'pi' ? '\\pi' : 'e'
    case 'var':
      return variableLatex(e.name)
    case 'neg':
      return `-${operand(e.arg, PRODUCT)}`
    case 'binary':
      return binaryLatex(e)
    case 'call':
      return callLatex(e)
  }
}

/** KaTeX-ready LaTeX. */
export function toLatex(expr: Expr): string {
  return latex(expr)
}
