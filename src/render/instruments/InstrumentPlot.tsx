// The frame every instrument scene draws in: the GPU surface of f, the point picker and the picked point's marker,
// with the scene's instruments as children (they read usePlotTransform()).
import type { ReactNode } from 'react'
import type { Expr } from '../../math/expr/index.ts'
import type { Domain, SurfaceZRange } from '../../math/plot/index.ts'
import { SurfacePlot, type ZRange } from '../SurfacePlot.tsx'
import type { SurfaceColouring } from '../surfaceShaderSource.ts'
import { SurfacePicker } from './SurfacePicker.tsx'
import { PointMarker } from './PointMarker.tsx'

export interface InstrumentPlotProps {
  readonly f: Expr
  readonly params: Readonly<Record<string, number>>
  readonly domain: Domain
  readonly resolution?: number
  readonly zRange?: ZRange
  readonly showGrid?: boolean
  readonly onZRange?: (range: SurfaceZRange) => void
  /** f with the parameters bound (float64), for picking. */
  readonly value: (x: number, y: number) => number
  readonly point: { readonly x: number; readonly y: number; readonly f: number }
  readonly onPointMove?: (point: { x: number; y: number }, phase: 'commit' | 'drag') => void
  readonly onPointEnd?: () => void
  readonly colouring?: SurfaceColouring
  readonly curvatureScale?: number
  readonly children?: ReactNode
}

export function InstrumentPlot(props: InstrumentPlotProps) {
  const { point, onPointMove } = props
  return (
    <SurfacePlot
      f={props.f}
      params={props.params}
      domain={props.domain}
      resolution={props.resolution}
      zRange={props.zRange}
      showGrid={props.showGrid}
      onZRange={props.onZRange}
      colouring={props.colouring}
      curvatureScale={props.curvatureScale}
    >
      {onPointMove && <SurfacePicker value={props.value} point={point} onMove={onPointMove} onEnd={props.onPointEnd} />}
      <PointMarker x={point.x} y={point.y} z={point.f} />
      {props.children}
    </SurfacePlot>
  )
}
