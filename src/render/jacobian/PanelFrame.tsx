// A panel of the Jacobian picture: a dark square with a thin border and a title above it, plus the Label used for
// any other text in the plane (the "undefined here" notice).
import { useEffect, useLayoutEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import type { PanelRect } from '../../math/jacobian/index.ts'
import { createTextSprite } from '../textSprite.ts'
import { JACOBIAN_COLORS, JACOBIAN_ORDER } from './jacobianLayout.ts'
import { PanelLines } from './PanelLines.tsx'

const NO_CLIPPING: THREE.Plane[] = []

export function PanelFrame({ panel, title, name }: { panel: PanelRect; title: string; name: string }) {
  const { cx, cy, half } = panel
  const border = useMemo(() => {
    const [l, r, b, t] = [cx - half, cx + half, cy - half, cy + half]
    return Float32Array.from([l, b, 0, r, b, 0, r, b, 0, r, t, 0, r, t, 0, l, t, 0, l, t, 0, l, b, 0])
  }, [cx, cy, half])
  return (
    <group name={name}>
      <mesh position={[cx, cy, 0]} renderOrder={JACOBIAN_ORDER.panel}>
        <planeGeometry args={[2 * half, 2 * half]} />
        <meshBasicMaterial color={JACOBIAN_COLORS.panel} depthTest={false} depthWrite={false} />
      </mesh>
      <PanelLines positions={border} color={JACOBIAN_COLORS.panelBorder} width={1} clippingPlanes={NO_CLIPPING} renderOrder={JACOBIAN_ORDER.panel} />
      <Label text={title} x={cx - half} y={cy + half + 0.012} anchor={{ x: 0, y: 0 }} color={JACOBIAN_COLORS.title} height={0.058} />
    </group>
  )
}

export interface LabelProps {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly anchor?: { readonly x: number; readonly y: number }
  readonly color?: string
  /** Height of a line of text in world units. */
  readonly height?: number
}

export function Label({ text, x, y, anchor, color, height = 0.05 }: LabelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const ax = anchor?.x ?? 0.5
  const ay = anchor?.y ?? 0.5
  const sprite = useMemo(() => {
    const s = createTextSprite(text, { color, worldHeight: height, anchor: { x: ax, y: ay } })
    s.material.depthTest = false
    s.renderOrder = JACOBIAN_ORDER.labels
    return s
  }, [text, color, height, ax, ay])
  useEffect(
    () => () => {
      sprite.material.map?.dispose()
      sprite.material.dispose()
    },
    [sprite],
  )
  useLayoutEffect(() => invalidate(), [sprite, invalidate])
  return <primitive object={sprite} position={[x, y, 0]} />
}
