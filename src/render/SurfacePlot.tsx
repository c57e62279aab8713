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
import { PlotTransformProvider } from './PlotTransformContext.tsx'
import { PlotAxes } from './PlotAxes.tsx'
import { useFittedZRange } from './useFittedZRange.ts'

export type Domain = PlotDomain
export type ZRange = { readonly min: number; readonly max: number } | 'auto'

export interface SurfacePlotProps {
  /** f(x, y); free names other than x and y are parameters read from `params` (uniforms: a change never recompiles). */
  readonly f: Expr
  readonly params: Readonly<Record<string, number>>
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
  /** Instruments drawn in the same plot box; they can call usePlotTransform(). */
  readonly children?: ReactNode
}

export function SurfacePlot(props: SurfacePlotProps) {
  const { f, params, domain, zRange = 'auto', zScale = DEFAULT_Z_SCALE, showAxes = true, onZRange, colouring = 'height' } = props
  const expression = useMemo(() => surfaceGlslFromExpr(f, colouring), [f, colouring])
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
        clippedBelow={clippedBelow}
        clippedAbove={clippedAbove}
      />
      {showAxes && <PlotAxes />}
      {props.children}
    </PlotTransformProvider>
  )
}
