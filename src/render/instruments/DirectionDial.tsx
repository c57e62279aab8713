// The direction u as a dial: a horizontal circle around the picked point at the height of the surface there, with a
// knob at angle θ and a spoke from the centre to it (u itself, drawn as a horizontal vector). Dragging the knob turns
// u: the pointer's ray meets the dial's plane, and θ is the angle of that ground point seen from the centre.
// A press on the knob is taken in the capture phase at the window, before it reaches the canvas, so neither the orbit
// controls nor the point picker see it (a click on the knob must not pick the surface under it).
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { usePlotTransform } from '../index.ts'
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

const GRAB_RADIUS_PX = 16
const CIRCLE_SEGMENTS = 72
export const DIAL_KNOB_NAME = 'direction-dial-knob'

export function DirectionDial(props: DirectionDialProps) {
  const { x0, y0, angle, radius, color } = props
  const transform = usePlotTransform()
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
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

  const latest = useRef({ props, transform, z0, knob })
  latest.current = { props, transform, z0, knob }
  useEffect(() => {
    const raycaster = new THREE.Raycaster()
    const ndc = new THREE.Vector2()
    const projected = new THREE.Vector3()
    let dragging = false
    const screenOf = (p: { x: number; y: number; z: number }) => {
      projected.set(p.x, p.y, p.z).project(camera)
      const rect = element.getBoundingClientRect()
      return [rect.left + ((projected.x + 1) / 2) * rect.width, rect.top + ((1 - projected.y) / 2) * rect.height] as const
    }
    const angleAt = (clientX: number, clientY: number) => {
      const { props: p, transform: t, z0: height } = latest.current
      const rect = element.getBoundingClientRect()
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      const { ray } = worldRayToMath(t, raycaster.ray.origin, raycaster.ray.direction)
      const ground = intersectRayWithHorizontalPlane(ray, height)
      return ground ? angleDegreesTo(p.x0, p.y0, ground.x, ground.y) : NaN
    }
    const onPointerDown = (e: PointerEvent) => {
      if (e.target !== element || e.button !== 0 || !latest.current.props.onAngle) return
      const [sx, sy] = screenOf(latest.current.knob)
      if (Math.hypot(sx - e.clientX, sy - e.clientY) > GRAB_RADIUS_PX) return
      e.stopImmediatePropagation()
      dragging = true
    }
    const onPointerMove = (e: PointerEvent) => {
      if (!dragging) return
      const degrees = angleAt(e.clientX, e.clientY)
      if (Number.isFinite(degrees)) latest.current.props.onAngle?.(degrees, 'drag')
    }
    const onPointerUp = () => {
      if (!dragging) return
      dragging = false
      latest.current.props.onEnd?.()
    }
    window.addEventListener('pointerdown', onPointerDown, { capture: true })
    window.addEventListener('pointermove', onPointerMove)
    window.addEventListener('pointerup', onPointerUp)
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, { capture: true })
      window.removeEventListener('pointermove', onPointerMove)
      window.removeEventListener('pointerup', onPointerUp)
    }
  }, [camera, element])

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
