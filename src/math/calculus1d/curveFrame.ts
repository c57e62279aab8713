// A flat 2D plot panel in the 3D scene: the math window [xMin, xMax] × [yMin, yMax] maps affinely onto a world
// rectangle in the x–z plane (world z is up, so the panel faces a camera looking along +y). Several panels can sit
// side by side (the chain rule shows g, f and f∘g), each with its own x–y window (a CurveWindow).
import { fitZRange } from '../plot/index.ts'
import type { RealFn } from './function1d.ts'

export interface CurveWindow {
  readonly xMin: number
  readonly xMax: number
  readonly yMin: number
  readonly yMax: number
}

export interface PanelRect {
  /** Centre of the panel in world x and z. */
  readonly centerX: number
  readonly centerZ: number
  readonly halfWidth: number
  readonly halfHeight: number
}

export interface CurveFrame {
  readonly window: CurveWindow
  readonly rect: PanelRect
  /** world x of math x. */
  worldX(x: number): number
  /** world z of math y. */
  worldZ(y: number): number
  /** math x of world x (for picking). */
  mathX(worldX: number): number
  /** World units per math unit, along x and along y: the on-screen slope of a line of math slope m is m·sy/sx. */
  readonly scaleX: number
  readonly scaleY: number
}

export function createCurveFrame(view: CurveWindow, rect: PanelRect): CurveFrame {
  if (!(view.xMax > view.xMin) || !(view.yMax > view.yMin)) {
    throw new Error(`createCurveFrame: the window needs xMin < xMax and yMin < yMax (got x ${view.xMin}…${view.xMax}, y ${view.yMin}…${view.yMax})`)
  }
  const scaleX = (2 * rect.halfWidth) / (view.xMax - view.xMin)
  const scaleY = (2 * rect.halfHeight) / (view.yMax - view.yMin)
  const left = rect.centerX - rect.halfWidth
  const bottom = rect.centerZ - rect.halfHeight
  return {
    window: view,
    rect,
    scaleX,
    scaleY,
    worldX: (x) => left + (x - view.xMin) * scaleX,
    worldZ: (y) => bottom + (y - view.yMin) * scaleY,
    mathX: (wx) => view.xMin + (wx - left) / scaleX,
  }
}

/**
 * A y window that frames the given functions on [xMin, xMax]: fitZRange's robust percentiles on a uniform sample,
 * so a pole (tan, 1/x) does not squash the rest of the curve flat, and 0 is included when it is close (the x axis
 * is a useful reference for derivatives).
 */
export function fitCurveWindow(fns: readonly RealFn[], xMin: number, xMax: number, samples = 401): CurveWindow {
  const values: number[] = []
  for (const f of fns) {
    for (let i = 0; i < samples; i++) values.push(f(xMin + ((xMax - xMin) * i) / (samples - 1)))
  }
  let { min, max } = fitZRange(values, { pad: 0.08 })
  // Poles of a derivative (sec² beside tan) can fill more than fitZRange's 2% tails with huge values, which squashes
  // the curve into a flat line at the bottom. If 90% of the samples crowd into an eighth of the window, fit again
  // with 10%–90% percentiles; true extremes of smooth curves still come back through fitZRange's tail allowance.
  if (narrowestShare(values, 0.9) < 0.125 * (max - min)) {
    ;({ min, max } = fitZRange(values, { pad: 0.08, lowerPercentile: 0.1, upperPercentile: 0.9 }))
  }
  const span = max - min
  if (min > 0 && min < 0.35 * span) min = 0
  if (max < 0 && -max < 0.35 * span) max = 0
  return { xMin, xMax, yMin: min, yMax: max }
}

/** Width of the narrowest interval holding `share` of the finite values. */
function narrowestShare(values: readonly number[], share: number): number {
  const sorted = Float64Array.from(values.filter(Number.isFinite)).sort()
  const k = Math.ceil(share * sorted.length)
  if (k < 2) return Infinity
  let best = Infinity
  for (let i = 0; i + k - 1 < sorted.length; i++) best = Math.min(best, sorted[i + k - 1]! - sorted[i]!)
  return best
}
