// The direction u as a dial: a horizontal circle around the picked point at the height of the surface there, with a
// knob at angle θ and a spoke from the centre to it (u itself, drawn as a horizontal vector). Dragging the knob turns
// u: the pointer's ray meets the dial's plane, and θ is the angle of that ground point seen from the centre.
// The knob is a handle of the plot's one gesture hook: a press on it is the nearest grab, so neither the orbit controls
// nor the point picker see it (a click on the knob must not pick the surface under it).
import { useMemo } from 'react'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { usePlotGesture } from '../gestures/index.ts'
import { worldRayToMath } from '../../math/instruments/pickedPoint.ts'
import { angleDegreesTo, intersectRayWithHorizontalPlane } from '../../math/instruments/rayPlane.ts'
import { WorldSegments } from './WorldSegments.tsx'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface DirectionDialProps {
  readonly x0: number
  readonly y0: number
  /** Height of the dial (f at the point); NaN puts it on the floor. */
  readonly z0: number
  /** Current angle in radians. */
  readonly angle: number
  /** Dial radius in math units of x and y. */
  readonly radius: number
  readonly color: string
  readonly onAngle?: (degrees: number, phase: 'commit' | 'drag') => void
  readonly onEnd?: () => void
}

const CIRCLE_SEGMENTS = 72
export const DIAL_KNOB_NAME = 'direction-dial-knob'

export function DirectionDial(props: DirectionDialProps) {
  const { x0, y0, angle, radius, color } = props
  const transform = usePlotTransform()
  const z0 = Number.isFinite(props.z0) && transform.contains(x0, y0, props.z0) ? props.z0 : transform.zRange.min
  const knobMath = { x: x0 + radius * Math.cos(angle), y: y0 + radius * Math.sin(angle) }
  const knob = transform.toWorld(knobMath.x, knobMath.y, z0)

  const { circle, spoke } = useMemo(() => {
    const ring: number[] = []
    const w = { x: 0, y: 0, z: 0 }
    for (let i = 0; i < CIRCLE_SEGMENTS; i++) {
      for (const k of [i, i + 1]) {
        const t = (2 * Math.PI * k) / CIRCLE_SEGMENTS
        transform.toWorld(x0 + radius * Math.cos(t), y0 + radius * Math.sin(t), z0, w)
        ring.push(w.x, w.y, w.z)
      }
    }
    const c = transform.toWorld(x0, y0, z0)
    return { circle: new Float32Array(ring), spoke: new Float32Array([c.x, c.y, c.z, knob.x, knob.y, knob.z]) }
  }, [transform, x0, y0, z0, radius, knob.x, knob.y, knob.z])

  usePlotGesture(
    props.onAngle
      ? {
          label: "Drag the dial's knob to turn the direction u.",
          grab: (at) => ({ distancePx: at.distanceTo(knob) }),
          // θ of the point where the pointer's ray meets the dial's horizontal plane, seen from the centre.
          locate: (at) => {
            const { ray } = worldRayToMath(transform, at.ray.origin, at.ray.direction)
            const ground = intersectRayWithHorizontalPlane(ray, z0)
            const degrees = ground ? angleDegreesTo(x0, y0, ground.x, ground.y) : NaN
            return Number.isFinite(degrees) ? degrees : null
          },
          onMove: props.onAngle,
          onEnd: props.onEnd,
        }
      : null,
  )

  return (
    <group name="direction-dial">
      <WorldSegments positions={circle} color={color} width={1.5} hiddenOpacity={0.25} />
      <WorldSegments positions={spoke} color={color} width={3} hiddenOpacity={0.35} />
      <mesh position={[knob.x, knob.y, knob.z]} renderOrder={INSTRUMENT_ORDER.marker} name={DIAL_KNOB_NAME}>
        <sphereGeometry args={[0.024, 20, 14]} />
        <meshBasicMaterial color={color} depthTest={false} transparent opacity={0.95} />
      </mesh>
    </group>
  )
}
