// The GPU surface itself, below SurfacePlot: given the expression as GLSL and a plot transform, it draws the displaced
// grid. What each input change costs:
//   params            → uniform writes only (no recompile, no CPU sampling, no geometry upload);
//   transform / grid  → uniform writes only;
//   expression source → a new ShaderMaterial (one program compile), same geometry;
//   resolution        → a new grid geometry, same material.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import type { PlotTransform } from '../math/plot/index.ts'
import { niceStep } from '../math/plot/index.ts'
import type { SurfaceExpressionGlsl } from './surfaceShaderSource.ts'
import { createSurfaceMaterial, setSurfaceClipping, setSurfaceFrame, setSurfaceGrid, setSurfaceParameters } from './surfaceMaterial.ts'
import { createGridGeometry, clampResolution } from './gridGeometry.ts'

export const SURFACE_MESH_NAME = 'SurfacePlot'

export interface SurfaceMeshProps {
  readonly expression: SurfaceExpressionGlsl
  readonly params: Readonly<Record<string, number>>
  readonly transform: PlotTransform
  readonly resolution?: number
  readonly showGrid?: boolean
  readonly wireframe?: boolean
  /** Spacing of the grid lines in math units; defaults to the axis tick step of the domain. */
  readonly gridStep?: { readonly x: number; readonly y: number }
  /** For curvature colouring: √|det H| at which the colours are ~76% saturated (see curvatureColor.glsl). */
  readonly curvatureScale?: number
  /** Sides where the z range cuts a pole (fitSurfaceZRange): drawn as hatched caps at the floor / lid. */
  readonly clippedBelow?: boolean
  readonly clippedAbove?: boolean
  /** Draw order among opaque objects; overlays should use a higher one. */
  readonly renderOrder?: number
}

export function SurfaceMesh(props: SurfaceMeshProps) {
  const { expression, params, transform, showGrid = false, wireframe = false, renderOrder = 0 } = props
  const resolution = clampResolution(props.resolution)
  const invalidate = useThree((state) => state.invalidate)

  // Keyed on the generated source: an equal expression (same text) keeps its compiled program.
  const material = useMemo(() => createSurfaceMaterial(expression), [expression.source])
  const geometry = useMemo(() => createGridGeometry(resolution), [resolution])
  useEffect(() => () => material.dispose(), [material])
  useEffect(() => () => geometry.dispose(), [geometry])

  const { domain } = transform
  const gridX = props.gridStep?.x ?? niceStep(domain.xMax - domain.xMin)
  const gridY = props.gridStep?.y ?? niceStep(domain.yMax - domain.yMin)

  useLayoutEffect(() => {
    setSurfaceFrame(material, transform, { x: gridX, y: gridY }, resolution)
    invalidate()
  }, [material, transform, gridX, gridY, resolution, invalidate])

  useLayoutEffect(() => {
    setSurfaceParameters(material, expression.parameters, params)
    invalidate()
  }, [material, expression.parameters, params, invalidate])

  const { clippedBelow = false, clippedAbove = false } = props
  useLayoutEffect(() => {
    setSurfaceClipping(material, clippedBelow, clippedAbove)
    invalidate()
  }, [material, clippedBelow, clippedAbove, invalidate])

  const curvatureScale = props.curvatureScale ?? 1
  useLayoutEffect(() => {
    material.uniforms.curvature_scale!.value = curvatureScale
    invalidate()
  }, [material, curvatureScale, invalidate])

  useLayoutEffect(() => {
    setSurfaceGrid(material, showGrid)
    material.wireframe = wireframe
    invalidate()
  }, [material, showGrid, wireframe, invalidate])

  return (
    <mesh
      name={SURFACE_MESH_NAME}
      geometry={geometry}
      material={material}
      renderOrder={renderOrder}
      // The flat (u, v) sheet says nothing about where the displaced surface is; it is always inside the plot box.
      frustumCulled={false}
    />
  )
}
