// Picking, dragging and keyboard nudging on plots: one hook, one set of rules.
export { usePlotGesture } from './usePlotGesture.ts'
export type { PlotGesture, GesturePhase } from './plotGesture.ts'
export type { PointerAt, WorldPoint } from './pointerAt.ts'
export { CLICK_SLOP_PX, GRAB_RADIUS_PX, chooseGrab, clickSlopPx, grabRadiusPx, withinClickSlop, type GrabOffer } from './gestureRules.ts'
export { pickGraph } from './pickGraph.ts'
export { useFlatPicture } from './useFlatPicture.ts'
