// The look shared by every chapter-1 plot: one colour per role, so f is always blue and f′ always orange across
// scenes, and render orders that stack the flat layers of a panel (all coplanar, so order, not depth, decides).
import { OVERLAY_RENDER_ORDER } from '../index.ts'

export const CURVE_COLORS = {
  f: '#6cb6ff',
  derivative: '#f6a04d',
  second: '#7ee787',
  tangent: '#ff6f91',
  secant: '#ffd166',
  claim: '#e6edf3',
  muted: '#8b949e',
  label: '#c9d1d9',
} as const

/** Layers of a panel, bottom to top. Everything is drawn without depth test: the panel is flat and faces the camera. */
export const CURVE_LAYERS = {
  axes: OVERLAY_RENDER_ORDER,
  fill: OVERLAY_RENDER_ORDER + 1,
  curve: OVERLAY_RENDER_ORDER + 2,
  line: OVERLAY_RENDER_ORDER + 3,
  point: OVERLAY_RENDER_ORDER + 4,
  label: OVERLAY_RENDER_ORDER + 5,
} as const

/** Distance of the default camera from the plot plane (world y = 0), looking along +y with z up. */
export const CURVE_CAMERA_DISTANCE = 2.6
