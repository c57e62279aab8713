// A small round marker in the flat picture (p, F(p)); nothing where the point is undefined.
import { JACOBIAN_ORDER } from './jacobianLayout.ts'

export function PointDot({ x, y, color }: { x: number; y: number; color: string }) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null
  return (
    <mesh position={[x, y, 0]} renderOrder={JACOBIAN_ORDER.marker}>
      <circleGeometry args={[0.011, 20]} />
      <meshBasicMaterial color={color} depthTest={false} depthWrite={false} transparent />
    </mesh>
  )
}
