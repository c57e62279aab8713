// Fixed draw order of the instruments, all at or above OVERLAY_RENDER_ORDER (the surface is opaque and drawn first).
// Translucent overlays are drawn in this order every frame instead of being sorted by distance, so two overlays that
// cross (a slice plane and the tangent plane) never swap places as the camera moves: no flicker.
import { OVERLAY_RENDER_ORDER } from '../index.ts'

export const INSTRUMENT_ORDER = {
  contours: OVERLAY_RENDER_ORDER,
  arrows: OVERLAY_RENDER_ORDER + 1,
  slicePlanes: OVERLAY_RENDER_ORDER + 2,
  quadraticModel: OVERLAY_RENDER_ORDER + 3,
  tangentPlane: OVERLAY_RENDER_ORDER + 4,
  lines: OVERLAY_RENDER_ORDER + 5,
  marker: OVERLAY_RENDER_ORDER + 6,
} as const
