// The Jacobian picture (see jacobianLayout.ts for the four panels). Top: the domain grid and its image under F, with
// p and the ε-square S in the domain and, at F(p), the parallelogram J·S. Bottom, at one shared magnification: S, and
// beside it F(S) (white, the true curved image) over J·S (filled: green where det J > 0, red where det J < 0, with
// arrows that run the other way round when the orientation flips). As ε shrinks the white curve closes onto J·S.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { boundsOfPoints, centredOn, fitBoundsToPanel, sharedZoomScale, warpedGrid, type JacobianAtPoint, type JacobianMap, type SquareImage } from '../../math/jacobian/index.ts'
import { formatNumber, formatPair } from '../../ui/instruments/formatNumber.ts'
import type { Domain } from '../../math/plot/index.ts'
import { JACOBIAN_COLORS, JACOBIAN_ORDER, JACOBIAN_PANELS } from './jacobianLayout.ts'
import { OrientedQuad } from './OrientedQuad.tsx'
import { Label, PanelFrame } from './PanelFrame.tsx'
import { PanelLines } from './PanelLines.tsx'
import { PanelTicks } from './PanelTicks.tsx'
import { PolygonFill } from './PolygonFill.tsx'
import { panelClippingPlanes, pointToWorld, polygonToWorldSegments, segmentsToWorld } from './panelGeometry.ts'
import { useDomainPicking } from './useDomainPicking.ts'

export interface JacobianViewProps {
  readonly map: JacobianMap | null
  readonly domain: Domain
  readonly point: JacobianAtPoint
  readonly epsilon: number
  readonly square: SquareImage | null
  /** Grid lines per family. */
  readonly lines: number
  /** Draw the original grid faintly under its image. */
  readonly ghost: boolean
  readonly onMove?: (point: { x: number; y: number }, phase: 'commit' | 'drag') => void
  readonly onEnd?: () => void
}

const CLIP = {
  domain: panelClippingPlanes(JACOBIAN_PANELS.domain),
  image: panelClippingPlanes(JACOBIAN_PANELS.image),
  domainZoom: panelClippingPlanes(JACOBIAN_PANELS.domainZoom),
  imageZoom: panelClippingPlanes(JACOBIAN_PANELS.imageZoom),
}
const EMPTY = new Float32Array(0)

export function JacobianView({ map, domain, point, epsilon, square, lines, ghost, onMove, onEnd }: JacobianViewProps) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  // The panels clip their drawings with per-material planes, which the renderer applies only when asked to.
  useEffect(() => {
    const previous = gl.localClippingEnabled
    gl.localClippingEnabled = true
    invalidate()
    return () => {
      gl.localClippingEnabled = previous
    }
  }, [gl, invalidate])

  const { domain: domainPanel, image: imagePanel, domainZoom, imageZoom } = JACOBIAN_PANELS
  const domainMap = useMemo(
    () => fitBoundsToPanel({ minX: domain.xMin, maxX: domain.xMax, minY: domain.yMin, maxY: domain.yMax }, domainPanel),
    [domain, domainPanel],
  )
  const grid = useMemo(() => (map ? warpedGrid(map, domain, { lines, samples: 256 }) : null), [map, domain, lines])
  const imageMap = useMemo(() => fitBoundsToPanel(grid?.imageBounds ?? { minX: -1, maxX: 1, minY: -1, maxY: 1 }, imagePanel), [grid, imagePanel])
  const gridPositions = useMemo(
    () => ({
      domainX: grid ? segmentsToWorld(grid.domainConstX, domainMap) : EMPTY,
      domainY: grid ? segmentsToWorld(grid.domainConstY, domainMap) : EMPTY,
      imageX: grid ? segmentsToWorld(grid.imageConstX, imageMap) : EMPTY,
      imageY: grid ? segmentsToWorld(grid.imageConstY, imageMap) : EMPTY,
      ghostX: grid ? segmentsToWorld(grid.domainConstX, imageMap) : EMPTY,
      ghostY: grid ? segmentsToWorld(grid.domainConstY, imageMap) : EMPTY,
    }),
    [grid, domainMap, imageMap],
  )

  // One magnification for both zoom panels, so the areas of S and of its images compare by eye.
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
  }, [square, point, epsilon, domainZoom, imageZoom])
  // S cut into 4 × 4 cells: straight in the domain zoom, bent by F in the image zoom. Near p the bent cells are
  // almost a parallelogram grid: that is local linearity, seen.
  const subgrid = useMemo(() => {
    if (!map || !zoom || !square) return null
    const cells = warpedGrid(map, { xMin: point.x, xMax: point.x + epsilon, yMin: point.y, yMax: point.y + epsilon }, { lines: 5, samples: 48 })
    return {
      domainX: segmentsToWorld(cells.domainConstX, zoom.domainMap),
      domainY: segmentsToWorld(cells.domainConstY, zoom.domainMap),
      imageX: segmentsToWorld(cells.imageConstX, zoom.imageMap),
      imageY: segmentsToWorld(cells.imageConstY, zoom.imageMap),
    }
  }, [map, zoom, square, point, epsilon])
  const trueImage = useMemo(
    () => ({
      full: square ? polygonToWorldSegments(square.imageBoundary, imageMap) : EMPTY,
      zoomed: square && zoom ? polygonToWorldSegments(square.imageBoundary, zoom.imageMap) : EMPTY,
    }),
    [square, imageMap, zoom],
  )

  useDomainPicking({ panel: domainPanel, map: domainMap, domain, point, onMove, onEnd })

  const fillColor = point.det < 0 ? JACOBIAN_COLORS.flipped : JACOBIAN_COLORS.kept
  const [pxw, pyw] = pointToWorld(point.x, point.y, domainMap)
  const [fxw, fyw] = pointToWorld(point.u, point.v, imageMap)
  const zoomTitle = zoom ? `zoom ×${formatNumber(zoom.scale / domainMap.scale)}: the square S, side ε` : 'zoom: the square S'
  return (
    <group name="jacobian-view">
      <PanelFrame panel={domainPanel} title="domain (x, y)" name="panel-domain" />
      <PanelFrame panel={imagePanel} title="image (u, v) = F(x, y)" name="panel-image" />
      <PanelFrame panel={domainZoom} title={zoomTitle} name="panel-domain-zoom" />
      <PanelFrame panel={imageZoom} title="same zoom: F(S) (white) and J·S" name="panel-image-zoom" />
      <PanelTicks panel={domainPanel} map={domainMap} name="ticks-domain" />
      <PanelTicks panel={imagePanel} map={imageMap} name="ticks-image" />

      <PanelLines positions={gridPositions.domainX} color={JACOBIAN_COLORS.alongY} width={1.25} opacity={0.75} clippingPlanes={CLIP.domain} renderOrder={JACOBIAN_ORDER.grid} />
      <PanelLines positions={gridPositions.domainY} color={JACOBIAN_COLORS.alongX} width={1.25} opacity={0.75} clippingPlanes={CLIP.domain} renderOrder={JACOBIAN_ORDER.grid} />
      {ghost && (
        <>
          <PanelLines positions={gridPositions.ghostX} color={JACOBIAN_COLORS.ghost} width={1} opacity={0.35} clippingPlanes={CLIP.image} renderOrder={JACOBIAN_ORDER.ghost} />
          <PanelLines positions={gridPositions.ghostY} color={JACOBIAN_COLORS.ghost} width={1} opacity={0.35} clippingPlanes={CLIP.image} renderOrder={JACOBIAN_ORDER.ghost} />
        </>
      )}
      <PanelLines positions={gridPositions.imageX} color={JACOBIAN_COLORS.alongY} width={1.25} opacity={0.85} clippingPlanes={CLIP.image} renderOrder={JACOBIAN_ORDER.grid} name="warped-grid-x" />
      <PanelLines positions={gridPositions.imageY} color={JACOBIAN_COLORS.alongX} width={1.25} opacity={0.85} clippingPlanes={CLIP.image} renderOrder={JACOBIAN_ORDER.grid} name="warped-grid-y" />

      {square && (
        <OrientedQuad corners={square.square} map={domainMap} fillColor={JACOBIAN_COLORS.kept} clippingPlanes={CLIP.domain} arrowLength={0.025} name="square" />
      )}
      <Dot x={pxw} y={pyw} color={point.defined ? '#ffffff' : JACOBIAN_COLORS.undefined} />
      {point.defined && square && (
        <>
          <OrientedQuad corners={square.parallelogram} map={imageMap} fillColor={fillColor} clippingPlanes={CLIP.image} arrowLength={0.025} name="parallelogram" />
          <PanelLines positions={trueImage.full} color={JACOBIAN_COLORS.trueImage} width={1.5} clippingPlanes={CLIP.image} renderOrder={JACOBIAN_ORDER.trueImage} />
          <Dot x={fxw} y={fyw} color="#ffffff" />
        </>
      )}

      {zoom && square ? (
        <>
          <OrientedQuad corners={square.square} map={zoom.domainMap} fillColor={JACOBIAN_COLORS.kept} clippingPlanes={CLIP.domainZoom} arrowLength={0.045} name="square-zoom" />
          <OrientedQuad corners={square.parallelogram} map={zoom.imageMap} fillColor={fillColor} clippingPlanes={CLIP.imageZoom} arrowLength={0.045} name="parallelogram-zoom" />
          {subgrid && (
            <>
              <PanelLines positions={subgrid.domainX} color={JACOBIAN_COLORS.alongY} width={1} opacity={0.45} clippingPlanes={CLIP.domainZoom} renderOrder={JACOBIAN_ORDER.grid} />
              <PanelLines positions={subgrid.domainY} color={JACOBIAN_COLORS.alongX} width={1} opacity={0.45} clippingPlanes={CLIP.domainZoom} renderOrder={JACOBIAN_ORDER.grid} />
              <PanelLines positions={subgrid.imageX} color={JACOBIAN_COLORS.alongY} width={1} opacity={0.55} clippingPlanes={CLIP.imageZoom} renderOrder={JACOBIAN_ORDER.edges} name="subgrid-image-x" />
              <PanelLines positions={subgrid.imageY} color={JACOBIAN_COLORS.alongX} width={1} opacity={0.55} clippingPlanes={CLIP.imageZoom} renderOrder={JACOBIAN_ORDER.edges} name="subgrid-image-y" />
            </>
          )}
          <PolygonFill points={square.imageBoundary} map={zoom.imageMap} color={JACOBIAN_COLORS.trueImage} opacity={0.14} clippingPlanes={CLIP.imageZoom} name="true-image-fill" />
          <Label
            text={`area F(S) / area S = ${formatNumber(square.areaRatio)}   ·   det J = ${formatNumber(point.det)}`}
            x={imageZoom.cx}
            y={imageZoom.cy - imageZoom.half + 0.04}
            color={JACOBIAN_COLORS.title}
            height={0.045}
          />
          <PanelLines positions={trueImage.zoomed} color={JACOBIAN_COLORS.trueImage} width={2} clippingPlanes={CLIP.imageZoom} renderOrder={JACOBIAN_ORDER.trueImage} name="true-image-zoom" />
          <Dot x={pointToWorld(point.x, point.y, zoom.domainMap)[0]} y={pointToWorld(point.x, point.y, zoom.domainMap)[1]} color="#ffffff" />
          <Dot x={pointToWorld(point.u, point.v, zoom.imageMap)[0]} y={pointToWorld(point.u, point.v, zoom.imageMap)[1]} color="#ffffff" />
        </>
      ) : (
        <>
          <Label text={`F or J is undefined at ${formatPair(point.x, point.y)}`} x={domainZoom.cx} y={domainZoom.cy} color={JACOBIAN_COLORS.undefined} height={0.045} />
          <Label text="undefined here" x={imageZoom.cx} y={imageZoom.cy} color={JACOBIAN_COLORS.undefined} height={0.045} />
        </>
      )}
    </group>
  )
}

function Dot({ x, y, color }: { x: number; y: number; color: string }) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null
  return (
    <mesh position={[x, y, 0]} renderOrder={JACOBIAN_ORDER.marker}>
      <circleGeometry args={[0.011, 20]} />
      <meshBasicMaterial color={color} depthTest={false} depthWrite={false} transparent />
    </mesh>
  )
}
