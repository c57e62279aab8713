// The Jacobian scene's picture: four square panels in the plane z = 0, seen from straight above.
//
//   ┌ domain (x, y) ─┐ ┌ image (u, v) ──┐     top: the whole map, the grid and its warped image
//   └────────────────┘ └────────────────┘
//   ┌ zoom: S ───────┐ ┌ zoom: F(S), J·S ┐   bottom: the ε-square and its images, at ONE magnification
//   └────────────────┘ └────────────────┘
//
// Also the colours, shared with the side panel's text so that "orange" means the same thing in both.
import type { PanelRect } from '../../math/jacobian/index.ts'
import { OVERLAY_RENDER_ORDER } from '../index.ts'

const HALF = 0.5
const PITCH = 1.14 // centre-to-centre distance: a side plus a gap for the titles

/**
 * The picture is centred on the camera's axis (the settings live in the side panel, so nothing floats over the
 * canvas to make room for).
 */
export const JACOBIAN_PANELS = {
  domain: { cx: -PITCH / 2, cy: PITCH / 2, half: HALF },
  image: { cx: PITCH / 2, cy: PITCH / 2, half: HALF },
  domainZoom: { cx: -PITCH / 2, cy: -PITCH / 2, half: HALF },
  imageZoom: { cx: PITCH / 2, cy: -PITCH / 2, half: HALF },
} as const satisfies Record<string, PanelRect>

export type JacobianPanelId = keyof typeof JACOBIAN_PANELS

export const JACOBIAN_COLORS = {
  /** Lines of constant y (x running), the square's edges along e₁ and their images J e₁: the ∂/∂x direction. */
  alongX: '#ff9f43',
  /** Lines of constant x (y running), the edges along e₂ and J e₂: the ∂/∂y direction. */
  alongY: '#4aa3ff',
  /** The original grid under the image, faint. */
  ghost: '#7d8896',
  /** F of the square's boundary: the true, curved image. */
  trueImage: '#f4f6f8',
  /** Fill of the square and of J·S where det J > 0 (orientation kept) and where det J < 0 (flipped). */
  kept: '#38d39f',
  flipped: '#ff4f7b',
  panel: '#141a22',
  panelBorder: '#2b3440',
  title: '#aab4c2',
  undefined: '#ff6b6b',
} as const

/** Draw order (all overlays: depth testing is off in this flat picture, order alone decides what lies on top). */
export const JACOBIAN_ORDER = {
  panel: OVERLAY_RENDER_ORDER,
  ghost: OVERLAY_RENDER_ORDER + 1,
  grid: OVERLAY_RENDER_ORDER + 2,
  fill: OVERLAY_RENDER_ORDER + 3,
  edges: OVERLAY_RENDER_ORDER + 4,
  trueImage: OVERLAY_RENDER_ORDER + 5,
  arrows: OVERLAY_RENDER_ORDER + 6,
  marker: OVERLAY_RENDER_ORDER + 7,
  labels: OVERLAY_RENDER_ORDER + 8,
} as const
