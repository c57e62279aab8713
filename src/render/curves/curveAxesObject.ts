// Axes of a flat curve panel as one three.js group: the frame, a faint grid at the ticks, the coordinate axes
// (y = 0 and x = 0) where they cross the window, tick labels below and to the left, axis names and a title.
import * as THREE from 'three'
import { formatTick, niceStep, niceTicks } from '../../math/plot/index.ts'
import type { CurveFrame } from '../../math/calculus1d/index.ts'
import { createTextSprite } from '../textSprite.ts'
import { CURVE_COLORS, CURVE_LAYERS } from './curveStyle.ts'

export interface CurveAxesLabels {
  readonly x?: string
  readonly y?: string
  readonly title?: string
}

export function buildCurveAxes(frame: CurveFrame, labels: CurveAxesLabels = {}): THREE.Group {
  const { window, rect } = frame
  const group = new THREE.Group()
  group.name = 'CurveAxes'
  const left = rect.centerX - rect.halfWidth
  const right = rect.centerX + rect.halfWidth
  const bottom = rect.centerZ - rect.halfHeight
  const top = rect.centerZ + rect.halfHeight
  const xTickCount = Math.max(3, Math.round(rect.halfWidth * 5))
  const yTickCount = Math.max(4, Math.round(rect.halfHeight * 7))
  const xs = niceTicks(window.xMin, window.xMax, xTickCount)
  const ys = niceTicks(window.yMin, window.yMax, yTickCount)
  const xStep = niceStep(window.xMax - window.xMin, xTickCount)
  const yStep = niceStep(window.yMax - window.yMin, yTickCount)

  group.add(segments([left, bottom, right, bottom, right, bottom, right, top, right, top, left, top, left, top, left, bottom], 0.5, 'frame'))
  const grid: number[] = []
  for (const x of xs) grid.push(frame.worldX(x), bottom, frame.worldX(x), top)
  for (const y of ys) grid.push(left, frame.worldZ(y), right, frame.worldZ(y))
  group.add(segments(grid, 0.13, 'grid'))
  const axes: number[] = []
  if (window.yMin < 0 && window.yMax > 0) axes.push(left, frame.worldZ(0), right, frame.worldZ(0))
  if (window.xMin < 0 && window.xMax > 0) axes.push(frame.worldX(0), bottom, frame.worldX(0), top)
  if (axes.length > 0) group.add(segments(axes, 0.55, 'zeroAxes'))
  const tick = 0.025
  const marks: number[] = []
  for (const x of xs) marks.push(frame.worldX(x), bottom, frame.worldX(x), bottom - tick)
  for (const y of ys) marks.push(left, frame.worldZ(y), left - tick, frame.worldZ(y))
  group.add(segments(marks, 0.9, 'ticks'))

  const label = (text: string, x: number, z: number, anchor: { x: number; y: number }, height = 0.052, color: string = CURVE_COLORS.label) => {
    const sprite = createTextSprite(text, { color, worldHeight: height, anchor })
    sprite.position.set(x, 0, z)
    sprite.renderOrder = CURVE_LAYERS.label
    sprite.material.depthTest = false
    group.add(sprite)
  }
  for (const x of xs) label(formatTick(x, xStep), frame.worldX(x), bottom - 0.06, { x: 0.5, y: 0.5 })
  for (const y of ys) label(formatTick(y, yStep), left - 0.04, frame.worldZ(y), { x: 1, y: 0.5 })
  if (labels.x) label(labels.x, right, bottom - 0.13, { x: 1, y: 0.5 }, 0.06)
  if (labels.y) label(labels.y, left, top + 0.05, { x: 0, y: 0.5 }, 0.06)
  // The title ends at the right edge, the y axis name starts at the left: in a narrow panel a long name
  // (y = f(g(x))) and a short title (f∘g) no longer run into each other.
  if (labels.title) label(labels.title, right, top + 0.05, { x: 1, y: 0.5 }, 0.065, '#e6edf3')
  return group
}

/** Thin 1-pixel lines in the plot plane (world y = 0), from flat [x0, z0, x1, z1, …] pairs. */
function segments(xz: number[], opacity: number, name: string): THREE.LineSegments {
  const positions = new Float32Array((xz.length / 2) * 3)
  for (let i = 0, j = 0; i < xz.length; i += 2, j += 3) {
    positions[j] = xz[i]!
    positions[j + 2] = xz[i + 1]!
  }
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
  const material = new THREE.LineBasicMaterial({ color: CURVE_COLORS.muted, transparent: true, opacity, depthWrite: false, depthTest: false, toneMapped: false })
  const lines = new THREE.LineSegments(geometry, material)
  lines.name = name
  lines.renderOrder = CURVE_LAYERS.axes
  return lines
}
