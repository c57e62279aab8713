// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from '../math/expr/index.ts'

export interface Domain { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number }
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
  /** Called with the z range in use (fitted or fixed), so the legend and axes can show it. */
  readonly onZRange?: (range: { min: number; max: number }) => void
}

export function SurfacePlot(props: SurfacePlotProps): null {
  void props
  return null
}
