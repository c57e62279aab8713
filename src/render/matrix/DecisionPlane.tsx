// The backprop scene's picture: p(class 1 | x) over the square [lo, hi]² as a heat map (blue: class 0, red: class 1,
// white: the decision boundary p = ½), the data points coloured by their label, and the example being traced ringed.
import { useMemo } from 'react'
import { MatrixHeatMap } from './MatrixHeatMap.tsx'

export interface DecisionPlaneProps {
  /** n×n probabilities, row-major from the bottom row up (classOneProbabilityGrid). */
  readonly grid: Float32Array
  readonly n: number
  readonly range: readonly [number, number]
  /** Row-major N×2 points and their labels. */
  readonly points: Float64Array
  readonly labels: Uint8Array
  readonly highlight: number
  readonly size?: number
}

const CLASS_COLOURS = ['#2166ac', '#d62828'] as const

export function DecisionPlane({ grid, n, range: [lo, hi], points, labels, highlight, size = 2.1 }: DecisionPlaneProps) {
  // the heat map puts matrix row 0 at the top; the grid's row 0 is the bottom (y = lo): flip, and centre p on ½
  const values = useMemo(() => {
    const v = new Float64Array(n * n)
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) v[(n - 1 - r) * n + c] = grid[r * n + c]! - 0.5
    return v
  }, [grid, n])
  const toWorld = (v: number) => ((v - lo) / (hi - lo) - 0.5) * size
  return (
    <group name="decision-plane">
      <MatrixHeatMap values={values} rows={n} cols={n} center={[0, 0]} size={size} scale={0.5} title="p(class 1 | x)" subtitle={`x ∈ [${lo}, ${hi}]²`} name="decision-heat" />
      {Array.from(labels, (label, i) => {
        const [x, y] = [toWorld(points[2 * i]!), toWorld(points[2 * i + 1]!)]
        if (Math.abs(x) > size / 2 || Math.abs(y) > size / 2) return null
        return (
          <group key={i} position={[x, y, 0.01]}>
            {i === highlight && (
              <mesh>
                <ringGeometry args={[0.03, 0.042, 24]} />
                <meshBasicMaterial color="#ffd43b" />
              </mesh>
            )}
            <mesh position={[0, 0, 0.001]}>
              <circleGeometry args={[0.022, 16]} />
              <meshBasicMaterial color="#ffffff" />
            </mesh>
            <mesh position={[0, 0, 0.002]}>
              <circleGeometry args={[0.016, 16]} />
              <meshBasicMaterial color={CLASS_COLOURS[label as 0 | 1]} />
            </mesh>
          </group>
        )
      })}
    </group>
  )
}
