// Small flat things placed in math coordinates of the enclosing panel: a point marker, a filled rectangle, a
// polyline path (rise/run triangles, rectangle outlines) and a text label.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { useCurveFrame } from './CurvePanel.tsx'
import { CURVE_LAYERS } from './curveStyle.ts'
import { createCurveObject, disposeFatLine, type FatLineStyle } from './fatLines.ts'
import { createUpdatableLabel } from './updatableLabel.ts'

/** Circle geometry lies in the xy plane facing +z; this turns it to face the camera at −y. */
const FACE_CAMERA = new THREE.Euler(Math.PI / 2, 0, 0)

export interface PointMarkerProps {
  readonly x: number
  readonly y: number
  readonly color: string
  /** Radius in world units. */
  readonly radius?: number
  readonly name?: string
}

/** A dot with a dark rim. Hidden when the point is undefined (NaN) or outside the window. */
export function PointMarker({ x, y, color, radius = 0.024, name }: PointMarkerProps) {
  const frame = useCurveFrame()
  const invalidate = useThree((s) => s.invalidate)
  const { xMin, xMax, yMin, yMax } = frame.window
  const visible = Number.isFinite(x) && Number.isFinite(y) && x >= xMin && x <= xMax && y >= yMin && y <= yMax
  useEffect(() => invalidate(), [x, y, visible, invalidate])
  return (
    <group name={name} position={[frame.worldX(visible ? x : xMin), 0, frame.worldZ(visible ? y : yMin)]} rotation={FACE_CAMERA} visible={visible}>
      <mesh renderOrder={CURVE_LAYERS.point}>
        <circleGeometry args={[radius * 1.35, 32]} />
        <meshBasicMaterial color="#0e1116" depthTest={false} depthWrite={false} transparent toneMapped={false} />
      </mesh>
      <mesh renderOrder={CURVE_LAYERS.point + 1}>
        <circleGeometry args={[radius, 32]} />
        <meshBasicMaterial color={color} depthTest={false} depthWrite={false} transparent toneMapped={false} />
      </mesh>
    </group>
  )
}

export interface FillRectProps {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
  readonly color: string
  readonly opacity?: number
  readonly name?: string
}

/** A translucent rectangle between two math corners (no depth writes: it never hides what is drawn after it). */
export function FillRect({ x0, y0, x1, y1, color, opacity = 0.35, name }: FillRectProps) {
  const frame = useCurveFrame()
  const invalidate = useThree((s) => s.invalidate)
  const ok = [x0, y0, x1, y1].every(Number.isFinite)
  const ax = frame.worldX(x0), bx = frame.worldX(x1), az = frame.worldZ(y0), bz = frame.worldZ(y1)
  useEffect(() => invalidate(), [ax, bx, az, bz, ok, invalidate])
  const width = Math.max(1e-6, Math.abs(bx - ax))
  const height = Math.max(1e-6, Math.abs(bz - az))
  return (
    <mesh name={name} visible={ok} position={[(ax + bx) / 2, 0, (az + bz) / 2]} rotation={FACE_CAMERA} scale={[width, height, 1]} renderOrder={CURVE_LAYERS.fill}>
      <planeGeometry args={[1, 1]} />
      <meshBasicMaterial color={color} transparent opacity={opacity} depthTest={false} depthWrite={false} side={THREE.DoubleSide} toneMapped={false} />
    </mesh>
  )
}

export interface PanelPathProps extends FatLineStyle {
  /** Math points [x0, y0, x1, y1, …]; NaN points leave the path out. */
  readonly points: readonly number[]
  readonly name?: string
}

export function PanelPath({ points, name, color, width, dashed, opacity, renderOrder }: PanelPathProps) {
  const frame = useCurveFrame()
  const invalidate = useThree((s) => s.invalidate)
  const key = points.join(',')
  const object = useMemo(() => {
    const finite = points.every(Number.isFinite)
    const line = createCurveObject(finite ? [Array.from(points)] : [], frame, { color, width, dashed, opacity, renderOrder: renderOrder ?? CURVE_LAYERS.line })
    if (name) line.name = name
    return line
    // `key` stands for the contents of `points`, so a new array with the same numbers does not rebuild the line.
  }, [key, frame, name, color, width, dashed, opacity, renderOrder])
  useEffect(() => {
    invalidate()
    return () => disposeFatLine(object)
  }, [object, invalidate])
  return <primitive object={object} />
}

export interface PanelLabelProps {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly color?: string
  readonly anchor?: { readonly x: number; readonly y: number }
  readonly height?: number
}

/** Text at a math point (hidden at undefined points). A change of text redraws the same label, allocating nothing. */
export function PanelLabel({ text, x, y, color = '#e6edf3', anchor, height = 0.058 }: PanelLabelProps) {
  const frame = useCurveFrame()
  const invalidate = useThree((s) => s.invalidate)
  const ax = anchor?.x ?? 0
  const ay = anchor?.y ?? 0
  const label = useMemo(() => {
    const created = createUpdatableLabel({ color, worldHeight: height, anchor: { x: ax, y: ay } })
    created.sprite.renderOrder = CURVE_LAYERS.label
    return created
  }, [color, height, ax, ay])
  useEffect(() => () => label.dispose(), [label])
  const visible = Number.isFinite(x) && Number.isFinite(y)
  useEffect(() => {
    label.setText(text)
    label.sprite.visible = visible
    if (visible) label.sprite.position.set(frame.worldX(x), 0, frame.worldZ(y))
    invalidate()
  }, [label, text, frame, x, y, visible, invalidate])
  return <primitive object={label.sprite} />
}
