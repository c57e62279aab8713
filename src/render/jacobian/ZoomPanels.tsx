// The bottom row of the Jacobian picture, at ONE magnification so that areas compare by eye: on the left the square
// S = [x₀, x₀+ε] × [y₀, y₀+ε] cut into 4 × 4 cells; on the right its true image F(S) (white outline, faint fill, the
// cells bent by F) over the parallelogram J·S of the linear approximation. Where F or J is undefined at p, both panels
// say so instead of drawing.
import { useMemo } from 'react'
import { boundsOfPoints, centredOn, sharedZoomScale, warpedGrid, type JacobianAtPoint, type JacobianMap, type SquareImage } from '../../math/jacobian/index.ts'
import { formatNumber, formatPair } from '../../math/format/formatNumber.ts'
import { JACOBIAN_COLORS, JACOBIAN_ORDER, JACOBIAN_PANELS } from './jacobianLayout.ts'
import { OrientedQuad } from './OrientedQuad.tsx'
import { Label, PanelFrame } from './PanelFrame.tsx'
import { PanelLines } from './PanelLines.tsx'
import { panelClippingPlanes, pointToWorld, polygonToWorldSegments, segmentsToWorld } from './panelGeometry.ts'
import { PointDot } from './PointDot.tsx'
import { PolygonFill } from './PolygonFill.tsx'

export interface ZoomPanelsProps {
  readonly map: JacobianMap | null
  readonly point: JacobianAtPoint
  readonly epsilon: number
  readonly square: SquareImage | null
  /** Fill of J·S: its colour says whether det J keeps or flips orientation. */
  readonly fillColor: string
  /** World units per math unit in the domain overview, to state the zoom factor. */
  readonly overviewScale: number
}

const { domainZoom, imageZoom } = JACOBIAN_PANELS
const CLIP = { domainZoom: panelClippingPlanes(domainZoom), imageZoom: panelClippingPlanes(imageZoom) }

export function ZoomPanels({ map, point, epsilon, square, fillColor, overviewScale }: ZoomPanelsProps) {
  const zoom = useMemo(() => {
    if (!square || !point.defined) return null
    const extent = boundsOfPoints(Float64Array.from([...square.parallelogram, ...square.imageBoundary]))
    const scale = sharedZoomScale(epsilon, extent, domainZoom.half)
    const imageCentre = extent ? [(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2] : [point.u, point.v]
    return {
      scale,
      domainMap: centredOn(point.x + epsilon / 2, point.y + epsilon / 2, scale, domainZoom),
      imageMap: centredOn(imageCentre[0]!, imageCentre[1]!, scale, imageZoom),
    }
  }, [square, point, epsilon])
  // Near p the bent cells are almost a parallelogram grid: that is local linearity, seen.
  const cells = useMemo(() => {
    if (!map || !zoom) return null
    const grid = warpedGrid(map, { xMin: point.x, xMax: point.x + epsilon, yMin: point.y, yMax: point.y + epsilon }, { lines: 5, samples: 48 })
    return {
      domainX: segmentsToWorld(grid.domainConstX, zoom.domainMap),
      domainY: segmentsToWorld(grid.domainConstY, zoom.domainMap),
      imageX: segmentsToWorld(grid.imageConstX, zoom.imageMap),
      imageY: segmentsToWorld(grid.imageConstY, zoom.imageMap),
      outline: square ? polygonToWorldSegments(square.imageBoundary, zoom.imageMap) : new Float32Array(0),
    }
  }, [map, zoom, square, point, epsilon])

  const title = zoom ? `zoom ×${formatNumber(zoom.scale / overviewScale)}: the square S, side ε` : 'zoom: the square S'
  const frames = (
    <>
      <PanelFrame panel={domainZoom} title={title} name="panel-domain-zoom" />
      <PanelFrame panel={imageZoom} title="same zoom: F(S) (white) and J·S" name="panel-image-zoom" />
    </>
  )
  if (!zoom || !square || !cells) {
    return (
      <>
        {frames}
        <Label text={`F or J is undefined at ${formatPair(point.x, point.y)}`} x={domainZoom.cx} y={domainZoom.cy} color={JACOBIAN_COLORS.undefined} height={0.056} />
        <Label text="undefined here" x={imageZoom.cx} y={imageZoom.cy} color={JACOBIAN_COLORS.undefined} height={0.056} />
      </>
    )
  }
  const [pX, pY] = pointToWorld(point.x, point.y, zoom.domainMap)
  const [fX, fY] = pointToWorld(point.u, point.v, zoom.imageMap)
  return (
    <>
      {frames}
      <OrientedQuad corners={square.square} map={zoom.domainMap} fillColor={JACOBIAN_COLORS.kept} clippingPlanes={CLIP.domainZoom} arrowLength={0.045} name="square-zoom" />
      <PanelLines positions={cells.domainX} color={JACOBIAN_COLORS.alongY} width={1} opacity={0.45} clippingPlanes={CLIP.domainZoom} renderOrder={JACOBIAN_ORDER.grid} />
      <PanelLines positions={cells.domainY} color={JACOBIAN_COLORS.alongX} width={1} opacity={0.45} clippingPlanes={CLIP.domainZoom} renderOrder={JACOBIAN_ORDER.grid} />
      <PointDot x={pX} y={pY} color="#ffffff" />

      <OrientedQuad corners={square.parallelogram} map={zoom.imageMap} fillColor={fillColor} clippingPlanes={CLIP.imageZoom} arrowLength={0.045} name="parallelogram-zoom" />
      <PolygonFill points={square.imageBoundary} map={zoom.imageMap} color={JACOBIAN_COLORS.trueImage} opacity={0.14} clippingPlanes={CLIP.imageZoom} name="true-image-fill" />
      <PanelLines positions={cells.imageX} color={JACOBIAN_COLORS.alongY} width={1} opacity={0.55} clippingPlanes={CLIP.imageZoom} renderOrder={JACOBIAN_ORDER.edges} name="cells-image-x" />
      <PanelLines positions={cells.imageY} color={JACOBIAN_COLORS.alongX} width={1} opacity={0.55} clippingPlanes={CLIP.imageZoom} renderOrder={JACOBIAN_ORDER.edges} name="cells-image-y" />
      <PanelLines positions={cells.outline} color={JACOBIAN_COLORS.trueImage} width={2} clippingPlanes={CLIP.imageZoom} renderOrder={JACOBIAN_ORDER.trueImage} name="true-image-zoom" />
      <PointDot x={fX} y={fY} color="#ffffff" />
      <Label
        text={`area F(S) / area S = ${formatNumber(square.areaRatio)}   ·   det J = ${formatNumber(point.det)}`}
        x={imageZoom.cx}
        y={imageZoom.cy - imageZoom.half + 0.04}
        color={JACOBIAN_COLORS.title}
        height={0.045}
      />
    </>
  )
}
