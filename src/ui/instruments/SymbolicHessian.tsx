// The Hessian of f as formulas, H = [[f_xx, f_xy], [f_xy, f_yy]], typeset with KaTeX from the symbolic derivatives
// (the same ASTs whose values the readouts show).
import { toLatex } from '../../math/expr/index.ts'
import type { SurfaceCalculus } from '../../math/instruments/surfaceCalculus.ts'
import { Katex } from '../Katex.tsx'

export function SymbolicHessian({ calculus }: { calculus: SurfaceCalculus }) {
  const [[fxx, fxy], [, fyy]] = calculus.hessian
  const latex = `H = \\begin{pmatrix} ${toLatex(fxx)} & ${toLatex(fxy)} \\\\ ${toLatex(fxy)} & ${toLatex(fyy)} \\end{pmatrix}`
  return (
    <div data-testid="symbolic-hessian" style={{ overflowX: 'auto' }}>
      <Katex latex={latex} display />
    </div>
  )
}
