// The rules every pointer and key gesture on a plot follows, in one place, so that a marker, a dial knob, a curve
// point and a start ring all feel the same. Pure: no DOM, no three, so the numbers can be tested in Node.
//
// Sizes are in CSS pixels and depend on the pointer: a fingertip covers far more of the screen than a mouse cursor
// and trembles more, so touch gets a larger grab radius and a larger tap slop (Android's touch slop is 8 dp, Apple's
// smallest comfortable target 44 pt, i.e. a 22 pt radius).

/** 'mouse' | 'pen' | 'touch' as PointerEvent.pointerType says; anything else is treated as a mouse. */
export type PointerKind = string

/** A press within this distance of a handle grabs it (the nearest handle wins). */
export const GRAB_RADIUS_PX = { mouse: 16, touch: 24 } as const
/** A press and release closer than this (and never farther in between) is a click or tap: a pick, not an orbit. */
export const CLICK_SLOP_PX = { mouse: 5, touch: 10 } as const

const isTouch = (kind: PointerKind) => kind === 'touch'

export function grabRadiusPx(kind: PointerKind): number {
  return isTouch(kind) ? GRAB_RADIUS_PX.touch : GRAB_RADIUS_PX.mouse
}

export function clickSlopPx(kind: PointerKind): number {
  return isTouch(kind) ? CLICK_SLOP_PX.touch : CLICK_SLOP_PX.mouse
}

/** True while a press that started at `from` may still end as a click: the pointer has not left the slop circle. */
export function withinClickSlop(from: { x: number; y: number }, to: { x: number; y: number }, kind: PointerKind): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) <= clickSlopPx(kind)
}

/** What a handle says about a press: how far away it is, and whether grabbing it moves it to the pointer first. */
export interface GrabOffer {
  /** Screen distance from the pointer to the handle, CSS pixels (0 inside a grab region). */
  readonly distancePx: number
  /** True when the value jumps to the pointer at the press (a press on a curve, in a picking panel). */
  readonly jump?: boolean
  /** Cursor shown while hovering over it; 'grab' when not given. */
  readonly cursor?: string
}

/**
 * The offer to take: the nearest one within the grab radius. On a tie the later offer wins (a handle drawn on top of
 * another, like the dial's knob over the surface, registers after it). Returns its index, or −1 for none.
 */
export function chooseGrab(offers: readonly (GrabOffer | null)[], radiusPx: number): number {
  let best = -1
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i]
    if (!offer || !(offer.distancePx <= radiusPx)) continue
    if (best < 0 || offer.distancePx <= offers[best]!.distancePx) best = i
  }
  return best
}
