// The Jacobian picture (see jacobianLayout.ts for the four panels). Top: the domain grid and its image under F, with
// p and the ε-square S in the domain and, at F(p), the parallelogram J·S. Bottom, at one shared magnification: S, and
// beside it F(S) (white, the true curved image) over J·S (filled: green where det J > 0, red where det J < 0, with
// arrows that run the other way round when the orientation flips). As ε shrinks the white curve closes onto J·S.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { fitBoundsToPanel, warpedGrid, type JacobianAtPoint, type JacobianMap, type SquareImage } from '../../math/jacobian/index.ts'
import type { Domain } from '../../math/plot/index.ts'
import { JACOBIAN_COLORS, JACOBIAN_ORDER, JACOBIAN_PANELS } from './jacobianLayout.ts'
import { OrientedQuad } from './OrientedQuad.tsx'
import { PanelFrame } from './PanelFrame.tsx'
import { PanelLines } from './PanelLines.tsx'
import { PanelTicks } from './PanelTicks.tsx'
import { PointDot } from './PointDot.tsx'
import { panelClippingPlanes, pointToWorld, polygonToWorldSegments, segmentsToWorld } from './panelGeometry.ts'
import { useDomainPicking } from './useDomainPicking.ts'
import { ZoomPanels } from './ZoomPanels.tsx'

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

  const { domain: domainPanel, image: imagePanel } = JACOBIAN_PANELS
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

  const trueImage = useMemo(() => (square ? polygonToWorldSegments(square.imageBoundary, imageMap) : EMPTY), [square, imageMap])

  useDomainPicking({ panel: domainPanel, map: domainMap, domain, point, onMove, onEnd })

  const fillColor = point.det < 0 ? JACOBIAN_COLORS.flipped : JACOBIAN_COLORS.kept
  const [pxw, pyw] = pointToWorld(point.x, point.y, domainMap)
  const [fxw, fyw] = pointToWorld(point.u, point.v, imageMap)
  return (
    <group name="jacobian-view">
      <PanelFrame panel={domainPanel} title="domain (x, y)" name="panel-domain" />
      <PanelFrame panel={imagePanel} title="image (u, v) = F(x, y)" name="panel-image" />
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
      <PointDot x={pxw} y={pyw} color={point.defined ? '#ffffff' : JACOBIAN_COLORS.undefined} />
      {point.defined && square && (
        <>
          <OrientedQuad corners={square.parallelogram} map={imageMap} fillColor={fillColor} clippingPlanes={CLIP.image} arrowLength={0.025} name="parallelogram" />
          <PanelLines positions={trueImage} color={JACOBIAN_COLORS.trueImage} width={1.5} clippingPlanes={CLIP.image} renderOrder={JACOBIAN_ORDER.trueImage} />
          <PointDot x={fxw} y={fyw} color="#ffffff" />
        </>
      )}

      <ZoomPanels map={map} point={point} epsilon={epsilon} square={square} fillColor={fillColor} overviewScale={domainMap.scale} />
    </group>
  )
}
