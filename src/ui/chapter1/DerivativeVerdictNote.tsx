// What the left and right difference quotients say about f′ at a point, in words: the derivative exists, or why not
// (a corner, a jump, an unbounded slope, a domain edge). Where the symbolic formula still returns a number (sign(0)
// = 0 for |x|′ at 0), the note says that the formula's value is a convention, not a limit.
import type { DerivativeVerdict, SideLimit } from '../../math/calculus1d/index.ts'
import { formatNumber } from '../../math/format/formatNumber.ts'
import './chapter1.css'

function sideText(limit: SideLimit): string {
  switch (limit.kind) {
    case 'finite':
      return `slope → ${formatNumber(limit.value, 6)}`
    case 'jump':
      return `f jumps by ${formatNumber(limit.jump, 4)}, so the quotient grows like 1/h`
    case 'unbounded':
      return `the quotient grows without bound (${limit.sign > 0 ? '∞' : '-∞'})`
    case 'undefined':
      return 'f is undefined there'
  }
}

export function verdictSentence(verdict: DerivativeVerdict): string {
  switch (verdict.kind) {
    case 'undefined-point':
      return 'f is undefined at this point, so there is no slope here.'
    case 'exists':
      return `Left and right quotients agree: f′ exists here (≈ ${formatNumber(verdict.value, 6)}).`
    case 'corner':
      return `A corner: from the left the slope → ${formatNumber(verdict.left, 6)}, from the right → ${formatNumber(verdict.right, 6)}. They disagree, so f′ does not exist here.`
    case 'jump':
      return `f is not continuous here. Left: ${sideText(verdict.left)}. Right: ${sideText(verdict.right)}. No derivative.`
    case 'unbounded':
      return `The slope is unbounded (a vertical tangent or a cusp). Left: ${sideText(verdict.left)}. Right: ${sideText(verdict.right)}.`
    case 'one-sided':
      return `f has values only to the ${verdict.defined} of this point (a domain edge): ${sideText(verdict.limit)}. A two-sided derivative does not exist.`
  }
}

export function DerivativeVerdictNote({ verdict, formulaValue }: { verdict: DerivativeVerdict; formulaValue: number }) {
  const exists = verdict.kind === 'exists'
  const formulaMisleads = !exists && Number.isFinite(formulaValue)
  return (
    <div className="c1-verdict" data-exists={String(exists)} data-verdict={verdict.kind}>
      {verdictSentence(verdict)}
      {formulaMisleads && (
        <div className="c1-note">
          The formula for f′ returns {formatNumber(formulaValue, 6)} here; that is a convention of the symbolic rule (such as sign(0) = 0), not a limit.
        </div>
      )}
    </div>
  )
}
