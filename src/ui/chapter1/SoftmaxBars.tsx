// Softmax of a few logits as bars, with log-sum-exp beside the max it smooths. softmax_i = exp(z_i − m)/Σ exp(z_j − m)
// and LSE = m + log Σ exp(z_j − m) with m = max z: subtracting the max keeps exp from overflowing (the standard trick),
// and changes nothing mathematically.
import { formatNumber } from '../../math/format/formatNumber.ts'
import './chapter1.css'

export function softmax(logits: readonly number[]): number[] {
  const m = Math.max(...logits)
  const exps = logits.map((z) => Math.exp(z - m))
  const sum = exps.reduce((s, e) => s + e, 0)
  return exps.map((e) => e / sum)
}

export function logSumExp(logits: readonly number[]): number {
  const m = Math.max(...logits)
  return m + Math.log(logits.reduce((s, z) => s + Math.exp(z - m), 0))
}

export function SoftmaxBars({ logits, names }: { logits: readonly number[]; names: readonly string[] }) {
  const p = softmax(logits)
  return (
    <div data-testid="softmax-bars">
      <div className="c1-bars">
        {p.map((pi, i) => (
          <div key={i} className="c1-bar" style={{ height: `${Math.max(1, pi * 100)}%`, opacity: i === 0 ? 1 : 0.6 }} data-p={String(pi)}>
            <span>{formatNumber(pi, 3)}</span>
          </div>
        ))}
      </div>
      <div className="c1-bar-labels">
        {names.map((n, i) => (
          <span key={n}>
            {n} = {formatNumber(logits[i]!, 3)}
          </span>
        ))}
      </div>
      <p className="c1-note">
        LSE = {formatNumber(logSumExp(logits), 5)} ≥ max = {formatNumber(Math.max(...logits), 5)}, and at most max + log {logits.length}: a smooth
        maximum whose gradient is the softmax.
      </p>
    </div>
  )
}
