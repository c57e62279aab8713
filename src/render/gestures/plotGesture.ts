// What a draggable or pickable thing on a plot declares, and nothing more: where its handle is, what value sits under
// the pointer, what an arrow key does, and what to call. The arbiter (gestureArbiter.ts) owns the listeners, the
// slop, the grab radius, pointer capture and cancel, focus and the aria label, the same for every plot.
import type { ArrowKey } from '../../math/instruments/pickedPoint.ts'
import type { GrabOffer } from './gestureRules.ts'
import type { PointerAt } from './pointerAt.ts'

/** 'drag': one of many moves of a gesture (one history entry, closed by onEnd); 'commit': a move of its own. */
export type GesturePhase = 'drag' | 'commit'

export interface PlotGesture<V> {
  /** One sentence for the canvas's aria-label: what can be done and how (labels of a canvas's gestures are joined). */
  readonly label: string
  /**
   * How a press at this pointer relates to the handle: its screen distance (the nearest handle within the grab
   * radius is taken), or null where there is nothing to grab. Omit for a gesture that only picks or only has keys.
   */
  grab?(at: PointerAt): GrabOffer | null
  /** The value under the pointer while dragging or when tapping (a math point, an x, an angle); null: none there. */
  locate(at: PointerAt): V | null
  /** A click or tap (a press that never leaves the click slop, with no handle under it) moves the value there. */
  readonly tapPicks?: boolean
  /** The value after one arrow key (Shift: `fine`), or null when this key does nothing here. */
  nudge?(key: ArrowKey, fine: boolean): V | null
  onMove(value: V, phase: GesturePhase): void
  /** The gesture is over (pointer up or cancelled, arrow key released): close the history entry. */
  onEnd?(): void
}
