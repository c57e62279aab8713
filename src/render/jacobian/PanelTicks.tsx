// Coordinates on a panel's edges: nice ticks (1, 2, 5 × 10^k) of the region the panel shows, short marks on the
// bottom and left edges and their values outside, so the learner can read where p and F(p) are and how big the
// image is compared with the domain.
import { useMemo } from 'react'
import type * as THREE from 'three'
import { formatTick, niceStep, niceTicks } from '../../math/plot/index.ts'
import type { PanelMap, PanelRect } from '../../math/jacobian/index.ts'
import { JACOBIAN_COLORS, JACOBIAN_ORDER } from './jacobianLayout.ts'
import { Label } from './PanelFrame.tsx'
import { PanelLines } from './PanelLines.tsx'

const MARK = 0.018
const LABEL_HEIGHT = 0.045
const NO_CLIPPING: THREE.Plane[] = []

export function PanelTicks({ panel, map, name }: { panel: PanelRect; map: PanelMap; name: string }) {
  const { cx, cy, half } = panel
  const ticks = useMemo(() => {
    const toMathX = (wx: number) => (wx - map.offsetX) / map.scale
    const toMathY = (wy: number) => (wy - map.offsetY) / map.scale
    const [x0, x1] = [toMathX(cx - half), toMathX(cx + half)]
    const [y0, y1] = [toMathY(cy - half), toMathY(cy + half)]
    const xs = niceTicks(x0, x1, 4)
    const ys = niceTicks(y0, y1, 4)
    const marks: number[] = []
    for (const x of xs) {
      const wx = map.scale * x + map.offsetX
      marks.push(wx, cy - half, 0, wx, cy - half + MARK, 0)
    }
    for (const y of ys) {
      const wy = map.scale * y + map.offsetY
      marks.push(cx - half, wy, 0, cx - half + MARK, wy, 0)
    }
    const stepX = niceStep(x1 - x0, 4)
    const stepY = niceStep(y1 - y0, 4)
    return {
      marks: Float32Array.from(marks),
      x: xs.map((x) => ({ text: formatTick(x, stepX), at: map.scale * x + map.offsetX })),
      y: ys.map((y) => ({ text: formatTick(y, stepY), at: map.scale * y + map.offsetY })),
    }
  }, [cx, cy, half, map])
  return (
    <group name={name}>
      <PanelLines positions={ticks.marks} color={JACOBIAN_COLORS.title} width={1} clippingPlanes={NO_CLIPPING} renderOrder={JACOBIAN_ORDER.labels} />
      {ticks.x.map(({ text, at }) => (
        <Label key={`x${text}`} text={text} x={at} y={cy - half - 0.006} anchor={{ x: 0.5, y: 1 }} color={JACOBIAN_COLORS.title} height={LABEL_HEIGHT} />
      ))}
      {ticks.y.map(({ text, at }) => (
        <Label key={`y${text}`} text={text} x={cx - half - 0.008} y={at} anchor={{ x: 1, y: 0.5 }} color={JACOBIAN_COLORS.title} height={LABEL_HEIGHT} />
      ))}
    </group>
  )
}
