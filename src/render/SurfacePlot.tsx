// The surface of f(x, y) on a domain, drawn on the GPU, with its plot box, axes and a transform for instruments.
//
//   <SurfacePlot f={parse('sin(x)*cos(y) + a*x^2')} params={{ a: 0.3 }} domain={...} onZRange={setRange}>
//     <MyTangentPlane />   {/* children read usePlotTransform() to place themselves on the surface */}
//   </SurfacePlot>
//
// f and its symbolic gradient are compiled to GLSL once per expression; parameters are uniforms, so moving a slider
// costs a uniform write and one frame. See SurfaceMesh for what each change costs.
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import type { Expr } from '../math/expr/index.ts'
import type { Domain as PlotDomain, SurfaceZRange } from '../math/plot/index.ts'
import { createPlotTransform, DEFAULT_Z_SCALE } from '../math/plot/index.ts'
import { surfaceGlslFromExpr, type SurfaceColouring } from './surfaceShaderSource.ts'
import { SurfaceMesh } from './SurfaceMesh.tsx'
import { surfaceGlslFromHeights, type HeightField } from './heightField.ts'
import { PlotTransformProvider } from './PlotTransformContext.tsx'
import { PlotAxes } from './PlotAxes.tsx'
import { useFittedZRange } from './useFittedZRange.ts'

export type Domain = PlotDomain
export type ZRange = { readonly min: number; readonly max: number } | 'auto'

/** Heights from data instead of an expression: a HeightField's texture over the domain, in a fixed z range. */
export interface HeightSource {
  readonly field: HeightField
  /** Level lines drawn into the surface colour (the contour overlay needs an expression). */
  readonly contours?: boolean
  /** Number of evenly spaced levels across the z range (default 12). */
  readonly contourCount?: number
}

export interface SurfacePlotProps {
  /**
   * f(x, y); free names other than x and y are parameters read from `params` (uniforms: a change never recompiles).
   * Ignored when `heights` is given.
   */
  readonly f: Expr
  readonly params: Readonly<Record<string, number>>
  /** Draw a data texture (e.g. a loss landscape) instead of f; zRange must then be a fixed range. */
  readonly heights?: HeightSource
  readonly domain: Domain
  /** Grid vertices per side, 16..1024 (default 256). */
  readonly resolution?: number
  /** 'auto' fits the z range to the function on the domain; a fixed range overrides it. */
  readonly zRange?: ZRange
  readonly showGrid?: boolean
  readonly wireframe?: boolean
  /**
   * Called with the z range in use (fitted or fixed), so the legend and axes can show it; clippedBelow/Above say
   * where the fit stops short of a pole.
   */
  readonly onZRange?: (range: SurfaceZRange) => void
  /** The z range maps to [-zScale, zScale] in world units (default 0.8; the domain's longer side maps to [-1, 1]). */
  readonly zScale?: number
  /** Colour by height (default, with the colormap) or by curvature from the symbolic Hessian. */
  readonly colouring?: SurfaceColouring
  /** With curvature colouring: √|det H| at which the colours are ~76% saturated (math/instruments/curvatureScale.ts). */
  readonly curvatureScale?: number
  /** Box outline, floor grid, ticks and labels (default true). */
  readonly showAxes?: boolean
  /** Names of the three axes (default x, y, z). */
  readonly axisNames?: readonly [string, string, string]
  /** Instruments drawn in the same plot box; they can call usePlotTransform(). */
  readonly children?: ReactNode
}

export function SurfacePlot(props: SurfacePlotProps) {
  const { f, params, domain, zRange = 'auto', zScale = DEFAULT_Z_SCALE, showAxes = true, onZRange, colouring = 'height' } = props
  const { heights } = props
  const contours = heights?.contours ?? false
  const expression = useMemo(() => (heights ? surfaceGlslFromHeights(contours) : surfaceGlslFromExpr(f, colouring)), [heights, contours, f, colouring])
  if (heights && zRange === 'auto') throw new Error('SurfacePlot: a height-texture surface needs a fixed zRange (the data’s min and max)')
  const range = useFittedZRange(f, params, domain, zRange)
  const { xMin, xMax, yMin, yMax } = domain
  const transform = useMemo(
    () => createPlotTransform({ xMin, xMax, yMin, yMax }, range, zScale),
    [xMin, xMax, yMin, yMax, range, zScale],
  )

  // Report only when the numbers change: an inline callback that sets state must not loop.
  const onZRangeRef = useRef(onZRange)
  useLayoutEffect(() => {
    onZRangeRef.current = onZRange
  })
  const { clippedBelow, clippedAbove } = range
  useEffect(() => {
    onZRangeRef.current?.({ min: transform.zRange.min, max: transform.zRange.max, clippedBelow, clippedAbove })
  }, [transform.zRange.min, transform.zRange.max, clippedBelow, clippedAbove])

  const field = heights?.field
  const contourCount = heights?.contourCount ?? 12
  useLayoutEffect(() => {
    if (!field) return
    field.setDomain(domain)
    field.setContours(transform.zRange.min, transform.zRange.max, contourCount)
  }, [field, domain, transform.zRange.min, transform.zRange.max, contourCount])

  return (
    <PlotTransformProvider value={transform}>
      <SurfaceMesh
        expression={expression}
        params={params}
        transform={transform}
        resolution={props.resolution}
        showGrid={props.showGrid}
        wireframe={props.wireframe}
        curvatureScale={props.curvatureScale}
        uniforms={field?.uniforms}
        clippedBelow={clippedBelow}
        clippedAbove={clippedAbove}
      />
      {showAxes && <PlotAxes axisNames={props.axisNames} />}
      {props.children}
    </PlotTransformProvider>
  )
}
