// Reference solution of exercise 3.11 (worked in scenes/03-directional/solutions.md).

export interface DescentResult {
  readonly x: number[]
  readonly value: number
  readonly steps: number
  readonly converged: boolean
}

/** Armijo's constant: accept a step that achieves at least this fraction of the decrease the gradient promises. */
const ARMIJO_C = 1e-4

export function descend(
  f: (x: readonly number[]) => number,
  grad: (x: readonly number[]) => number[],
  x0: readonly number[],
  { tolerance = 1e-6, maxSteps = 10000 }: { tolerance?: number; maxSteps?: number } = {},
): DescentResult {
  let x = [...x0]
  let fx = f(x)
  for (let step = 0; step < maxSteps; step++) {
    const g = grad(x)
    const g2 = g.reduce((s, v) => s + v * v, 0)
    if (Math.sqrt(g2) < tolerance) return { x, value: fx, steps: step, converged: true }
    let t = 1
    let next = x.map((xi, i) => xi - t * g[i]!)
    let fNext = f(next)
    // ∇f·d = −‖∇f‖² for d = −∇f. The negated test also rejects NaN (a step out of f's domain).
    while (!(fNext <= fx - ARMIJO_C * t * g2)) {
      t /= 2
      next = x.map((xi, i) => xi - t * g[i]!)
      // A step so short that x no longer moves has not decreased f: the gradient cannot be f's.
      if (next.every((v, i) => v === x[i])) throw new Error('the line search found no decrease: is grad really the gradient of f?')
      fNext = f(next)
    }
    x = next
    fx = fNext
  }
  return { x, value: fx, steps: maxSteps, converged: false }
}
