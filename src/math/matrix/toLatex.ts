// LaTeX for KaTeX, in the textbook's notation: bold names for vectors and matrices, A^\top, A^{-1}, A^{-\top},
// \odot for the elementwise product, \lVert u\rVert_2, \operatorname{tr}, \det, diag(·), I_n and \mathbf{1}.
import type { MatrixExpr } from './ast.ts'
import { isScalar } from './shape.ts'
import { numberText, precedence } from './toText.ts'

function nameLatex(name: string, bold: boolean): string {
  const m = /^([A-Za-z]+)_?([0-9A-Za-z]*)$/.exec(name)
  const [base, sub] = m === null ? [name, ''] : [m[1]!, m[2]!]
  const b = base.length > 1 ? `\\mathrm{${base}}` : base
  const core = bold ? `\\mathbf{${b}}` : b
  return sub === '' ? core : `${core}_{${sub}}`
}

const FN_LATEX: Record<string, string> = {
  exp: '\\exp', log: '\\log', sin: '\\sin', cos: '\\cos', tanh: '\\tanh', sigmoid: '\\sigma', relu: '\\operatorname{relu}',
  softplus: '\\operatorname{softplus}', abs: '\\operatorname{abs}', step: '\\operatorname{step}', sign: '\\operatorname{sign}',
  sum: '\\operatorname{sum}', logsumexp: '\\operatorname{logsumexp}', softmax: '\\operatorname{softmax}', diag: '\\operatorname{diag}',
  tr: '\\operatorname{tr}', det: '\\det',
}

function wrap(e: MatrixExpr, minPrec: number): string {
  const t = toMatrixLatex(e)
  return precedence(e) < minPrec ? `\\left(${t}\\right)` : t
}

/** An operand under a superscript (transpose, inverse, power) needs brackets unless it is a name or a call. */
const base = (e: MatrixExpr): string => (e.kind === 'var' || e.kind === 'call' ? toMatrixLatex(e) : `\\left(${toMatrixLatex(e)}\\right)`)

export function toMatrixLatex(e: MatrixExpr): string {
  switch (e.kind) {
    case 'num': return numberText(e.value).replace(/e([+-]?\d+)$/, ' \\times 10^{$1}')
    case 'var': return nameLatex(e.name, !isScalar(e.shape))
    case 'neg': return `-${wrap(e.arg, e.arg.kind === 'mul' || e.arg.kind === 'emul' || e.arg.kind === 'div' ? 2 : 3)}`
    case 'transpose': {
      if (e.arg.kind === 'call' && e.arg.fn === 'inv') return `${base(e.arg.args[0]!)}^{-\\top}`
      return `${base(e.arg)}^{\\top}`
    }
    case 'add': return `${wrap(e.a, 1)} + ${wrap(e.b, 2)}`
    case 'sub': return `${wrap(e.a, 1)} - ${wrap(e.b, 2)}`
    case 'mul': {
      const l = wrap(e.a, 2)
      const r = wrap(e.b, 3)
      const sep = /^[\d.-]/.test(r) || (e.a.kind === 'num' && e.b.kind === 'num') ? ' \\cdot ' : ' '
      return `${l}${sep}${r}`
    }
    case 'emul': return `${wrap(e.a, 2)} \\odot ${wrap(e.b, 3)}`
    case 'div': return `\\frac{${toMatrixLatex(e.a)}}{${toMatrixLatex(e.b)}}`
    case 'pow': return `${base(e.a)}^{${toMatrixLatex(e.b)}}`
    case 'epow': return `${base(e.a)}^{\\circ ${toMatrixLatex(e.b)}}`
    case 'call': {
      const [a, b] = e.args
      switch (e.fn) {
        case 'inv': return `${base(a!)}^{-1}`
        case 'norm2': return `\\left\\lVert ${toMatrixLatex(a!)} \\right\\rVert_2`
        case 'logdet': return `\\log\\left\\lvert\\det ${base(a!)} \\right\\rvert`
        case 'sqrt': return `\\sqrt{${toMatrixLatex(a!)}}`
        case 'dot': return `\\left\\langle ${toMatrixLatex(a!)}, ${toMatrixLatex(b!)} \\right\\rangle`
        case 'eye': return `I_{${toMatrixLatex(a!)}}`
        case 'ones': return `\\mathbf{1}_{${e.args.map(toMatrixLatex).join('\\times ')}}`
        case 'zeros': return `\\mathbf{0}_{${e.args.map(toMatrixLatex).join('\\times ')}}`
        default: return `${FN_LATEX[e.fn] ?? `\\operatorname{${e.fn}}`}\\left(${toMatrixLatex(a!)}\\right)`
      }
    }
  }
}
