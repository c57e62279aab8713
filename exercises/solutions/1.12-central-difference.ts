// Reference solution of exercise 1.12 (worked in scenes/01-single-variable/solutions.md).

export function centralDifference(f: (x: number) => number, x: number): number {
  // h ≈ ε^(1/3) relative to |x|: truncation (∝ h²) and round-off (∝ ε/h) balance (theory 1.7).
  const h = Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(x))
  // Divide by the distance actually stepped: (x + h) − (x − h) may differ from 2h in its last bits.
  const xPlus = x + h
  const xMinus = x - h
  return (f(xPlus) - f(xMinus)) / (xPlus - xMinus)
}
