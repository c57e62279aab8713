// Level curves of f, computed in the fragment shader from the exact f: on the surface (an overlay on the same grid
// as the surface mesh) and/or projected on the floor of the plot box (a contour map under the surface). Levels are
// either listed by the user (`levels`, up to CONTOUR_MAX_LEVELS) or evenly spaced: `count` of them across the z range,
// or every `step`. The level through the picked point can be drawn bold, and the gradient there is perpendicular to it.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import type { Expr } from '../../math/expr/index.ts'
import { niceStep } from '../../math/plot/index.ts'
import { usePlotTransform } from '../index.ts'
import { surfaceGlslFromExpr } from '../surfaceShaderSource.ts'
import { setSurfaceFrame, setSurfaceParameters } from '../surfaceMaterial.ts'
import { createGridGeometry, clampResolution } from '../gridGeometry.ts'
import { createContourMaterial, setContourLevels, type ContourPlacement } from './contourMaterial.ts'
import { INSTRUMENT_ORDER } from './renderOrder.ts'
import { contourLevels } from './contourLevels.ts'
import { addContourLevelListUniforms, setContourLevelList } from './contourLevelList.ts'

export interface ContourLinesProps {
  readonly f: Expr
  readonly params: Readonly<Record<string, number>>
  /** Must equal the surface's resolution, so the overlay mesh is the surface mesh. */
  readonly resolution?: number
  readonly placement: ContourPlacement
  /** Evenly spaced levels across the z range (ignored when step > 0). */
  readonly count?: number
  /** A level at every multiple of step, when > 0 (ignored when levels are listed). */
  readonly step?: number
  /** Explicit levels (at most CONTOUR_MAX_LEVELS); when non-empty they replace the evenly spaced ones. */
  readonly levels?: readonly number[]
  readonly highlight?: number
}

const NO_LEVELS: readonly number[] = []

export function ContourLines({ f, params, resolution, placement, count = 12, step = 0, levels = NO_LEVELS, highlight = Number.NaN }: ContourLinesProps) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  // f keeps its identity until its text changes (sceneState.ts), so the shader is rebuilt only for a new f.
  const expression = useMemo(() => surfaceGlslFromExpr(f), [f])
  const material = useMemo(() => {
    const m = createContourMaterial(expression, placement)
    addContourLevelListUniforms(m)
    return m
  }, [expression, placement])
  const vertices = clampResolution(resolution)
  const geometry = useMemo(() => createGridGeometry(vertices), [vertices])
  useEffect(() => () => material.dispose(), [material])
  useEffect(() => () => geometry.dispose(), [geometry])

  const { domain } = transform
  useLayoutEffect(() => {
    setSurfaceFrame(material, transform, { x: niceStep(domain.xMax - domain.xMin), y: niceStep(domain.yMax - domain.yMin) }, vertices)
    setSurfaceParameters(material, expression.parameters, params)
    const { base, spacing } = contourLevels(transform.zRange.min, transform.zRange.max, count, step)
    setContourLevels(material, { base, spacing, highlight })
    setContourLevelList(material, levels)
    invalidate()
  }, [material, transform, domain, vertices, expression.parameters, params, count, step, levels, highlight, invalidate])

  return (
    <mesh
      geometry={geometry}
      material={material}
      renderOrder={INSTRUMENT_ORDER.contours}
      frustumCulled={false}
      name={`contours-${placement}`}
    />
  )
}
