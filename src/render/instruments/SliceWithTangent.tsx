// One slice of the surface through the picked point along a domain direction u: the vertical plane, the curve where
// it cuts the surface, z(t) = f(x₀ + t·ux, y₀ + t·uy), and that curve's tangent line at t = 0, whose slope is the
// derivative along u (∂f/∂x for u = (1, 0), ∂f/∂y for u = (0, 1), D_u f = ∇f·u in general). The slope comes from the
// symbolic gradient, not from the sampled curve.
import { useMemo } from 'react'
import { usePlotTransform } from '../index.ts'
import { curveSegments, lineThroughDomain } from '../../math/instruments/curveSegments.ts'
import { tangentLineSegment } from '../../math/instruments/tangentLine.ts'
import { VerticalSlicePlane } from './VerticalSlicePlane.tsx'
import { WorldSegments } from './WorldSegments.tsx'
import { WorldLabel } from './WorldLabel.tsx'

export interface SliceWithTangentProps {
  readonly value: (x: number, y: number) => number
  readonly x0: number
  readonly y0: number
  readonly f0: number
  readonly ux: number
  readonly uy: number
  /** The derivative along u at the point (NaN: undefined, no tangent is drawn). */
  readonly slope: number
  readonly color: string
  readonly showPlane?: boolean
  readonly showTangent?: boolean
  /** Text shown at the forward end of the tangent line, e.g. "∂f/∂x = 0.85". */
  readonly label?: string
  readonly name?: string
}

/** The slope readings are the same size on screen near and far (∂f/∂y sits farther back than ∂f/∂x). */
const LABEL_PIXELS = 22

/** Samples along the slice curve: enough for a smooth curve at the default domain, cheap enough to redo on each move. */
const CURVE_SAMPLES = 400

export function SliceWithTangent(props: SliceWithTangentProps) {
  const { value, x0, y0, f0, ux, uy, slope, color, showPlane = true, showTangent = true, label, name } = props
  const transform = usePlotTransform()
  const curve = useMemo(() => {
    const span = lineThroughDomain(x0, y0, ux, uy, transform.domain)
    if (!span) return new Float32Array(0)
    return curveSegments((t) => [x0 + t * ux, y0 + t * uy], value, span[0], span[1], CURVE_SAMPLES, transform)
  }, [value, x0, y0, ux, uy, transform])
  const tangent = useMemo(() => {
    const { domain, zRange } = transform
    const halfLength = 0.3 * Math.max(domain.xMax - domain.xMin, domain.yMax - domain.yMin)
    const box = { xMin: domain.xMin, xMax: domain.xMax, yMin: domain.yMin, yMax: domain.yMax, zMin: zRange.min, zMax: zRange.max }
    const segment = tangentLineSegment(x0, y0, f0, ux, uy, slope, halfLength, box)
    if (!segment) return new Float32Array(0)
    const a = transform.toWorld(...segment[0])
    const b = transform.toWorld(...segment[1])
    return new Float32Array([a.x, a.y, a.z, b.x, b.y, b.z])
  }, [x0, y0, f0, ux, uy, slope, transform])
  return (
    <group name={name}>
      {showPlane && <VerticalSlicePlane x0={x0} y0={y0} ux={ux} uy={uy} color={color} />}
      <WorldSegments positions={curve} color={color} width={3} hiddenOpacity={0.2} name={name && `${name}-curve`} />
      {showTangent && label && tangent.length === 6 && <WorldLabel text={label} position={[tangent[3]!, tangent[4]!, tangent[5]!]} pixelHeight={LABEL_PIXELS} backing />}
      {showTangent && <WorldSegments positions={tangent} color="#ffffff" width={3.5} hiddenOpacity={0.35} name={name && `${name}-tangent`} />}
    </group>
  )
}
