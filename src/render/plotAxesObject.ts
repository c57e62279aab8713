// The plot box's depth cues and scales as one three.js group: the box outline, a floor grid at the tick positions,
// tick marks and labels on three edges (x along the front, y along the right, z up the front-left corner, which is
// what the default camera, from the front right, sees), and the axis names.
import * as THREE from 'three'
import type { PlotTransform } from '../math/plot/index.ts'
import { formatTick, niceStep, niceTicks } from '../math/plot/index.ts'
import { createTextSprite } from './textSprite.ts'

export interface PlotAxesStyle {
  /** Colour of the box outline and tick marks. */
  readonly lineColor?: string
  readonly labelColor?: string
  /** Approximate number of ticks per axis. */
  readonly tickCount?: number
  /** Names drawn on the three axes (default x, y, z; a loss landscape uses α, β and the loss). */
  readonly axisNames?: readonly [string, string, string]
}

export const AXES_RENDER_ORDER = 10

export function buildPlotAxes(transform: PlotTransform, style: PlotAxesStyle = {}): THREE.Group {
  const { lineColor = '#8b949e', labelColor = '#c9d1d9', tickCount = 5, axisNames = ['x', 'y', 'z'] } = style
  const { x: hx, y: hy, z: hz } = transform.halfExtent
  const { domain, zRange } = transform
  const group = new THREE.Group()
  group.name = 'PlotAxes'

  const xs = niceTicks(domain.xMin, domain.xMax, tickCount)
  const ys = niceTicks(domain.yMin, domain.yMax, tickCount)
  const zs = niceTicks(zRange.min, zRange.max, tickCount)
  const xStep = niceStep(domain.xMax - domain.xMin, tickCount)
  const yStep = niceStep(domain.yMax - domain.yMin, tickCount)
  const zStep = niceStep(zRange.max - zRange.min, tickCount)
  const worldX = (x: number) => transform.scale.x * x + transform.offset.x
  const worldY = (y: number) => transform.scale.y * y + transform.offset.y
  const worldZ = (z: number) => transform.scale.z * z + transform.offset.z

  // Box outline: 4 floor edges, 4 lid edges, 4 verticals.
  const box: number[] = []
  const corners = [[-hx, -hy], [hx, -hy], [hx, hy], [-hx, hy]] as const
  for (let k = 0; k < 4; k++) {
    const [ax, ay] = corners[k]!
    const [bx, by] = corners[(k + 1) % 4]!
    box.push(ax, ay, -hz, bx, by, -hz, ax, ay, hz, bx, by, hz, ax, ay, -hz, ax, ay, hz)
  }
  group.add(lines(box, lineColor, 0.55, 'box'))

  // Floor grid at the x and y ticks.
  const floor: number[] = []
  for (const x of xs) floor.push(worldX(x), -hy, -hz, worldX(x), hy, -hz)
  for (const y of ys) floor.push(-hx, worldY(y), -hz, hx, worldY(y), -hz)
  group.add(lines(floor, lineColor, 0.22, 'floorGrid'))

  // Tick marks, pointing out of the box.
  const tick = 0.035
  const marks: number[] = []
  for (const x of xs) marks.push(worldX(x), -hy, -hz, worldX(x), -hy - tick, -hz)
  for (const y of ys) marks.push(hx, worldY(y), -hz, hx + tick, worldY(y), -hz)
  for (const z of zs) marks.push(-hx, -hy, worldZ(z), -hx - tick, -hy - tick, worldZ(z))
  group.add(lines(marks, lineColor, 0.9, 'ticks'))

  const label = (text: string, x: number, y: number, z: number, anchor: { x: number; y: number }, height = 0.065) => {
    const sprite = createTextSprite(text, { color: labelColor, worldHeight: height, anchor })
    sprite.position.set(x, y, z)
    sprite.renderOrder = AXES_RENDER_ORDER
    group.add(sprite)
  }
  for (const x of xs) label(formatTick(x, xStep), worldX(x), -hy - 0.09, -hz, { x: 0.5, y: 0.5 })
  for (const y of ys) label(formatTick(y, yStep), hx + 0.07, worldY(y), -hz, { x: 0, y: 0.5 })
  for (const z of zs) label(formatTick(z, zStep), -hx - 0.06, -hy - 0.06, worldZ(z), { x: 1, y: 0.5 })
  label(axisNames[0], 0, -hy - 0.24, -hz, { x: 0.5, y: 0.5 }, 0.085)
  label(axisNames[1], hx + 0.3, 0, -hz, { x: 0.5, y: 0.5 }, 0.085)
  label(axisNames[2], -hx - 0.08, -hy - 0.08, hz + 0.14, { x: 0.5, y: 0.5 }, 0.085)
  return group
}

function lines(positions: number[], color: string, opacity: number, name: string): THREE.LineSegments {
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3))
  const material = new THREE.LineBasicMaterial({ color, transparent: opacity < 1, opacity, depthWrite: false, toneMapped: false })
  const segments = new THREE.LineSegments(geometry, material)
  segments.name = name
  segments.renderOrder = AXES_RENDER_ORDER
  return segments
}
