// One arbiter per canvas routes every pointer and key to the plot gestures registered on it (usePlotGesture), so a
// surface picker, a dial knob and a start ring on one plot never fight over a press, and all share one set of rules:
//   - a primary press within the grab radius of a handle grabs the nearest one: the press is stopped before the orbit
//     controls see it (capture phase on the canvas), the pointer is captured, and moves report phase 'drag';
//   - any other press is left to the orbit controls (one finger or the left button orbits, two fingers zoom and pan,
//     see PlotControls); if it comes back up without leaving the click slop it is a click or tap, and picks;
//   - a second finger during a press spoils the tap (it is a pinch), and during a handle drag it does nothing;
//   - pointerup ends a drag (onEnd once); pointercancel ends it too, without reading the cancel event's coordinates
//     (browsers send whatever they like there), so the last good value stays;
//   - arrow keys on the focused canvas nudge the handle grabbed or picked last (Shift: fine steps), one 'drag' gesture
//     per held key, ended on keyup or when the canvas loses focus;
//   - while registered, the canvas is focusable, an 'application' for screen readers and labelled with what the
//     gestures do; all three are restored afterwards.
import type * as THREE from 'three'
import { isArrowKey } from '../../math/instruments/pickedPoint.ts'
import { chooseGrab, grabRadiusPx, withinClickSlop, type GrabOffer, type PointerKind } from './gestureRules.ts'
import { claimCanvas } from './claimCanvas.ts'
import type { PlotGesture } from './plotGesture.ts'
import { pointerAt, type PointerAt } from './pointerAt.ts'

/** A registered gesture; read() gives its latest props (null while the owner has switched it off). */
export interface GestureEntry {
  read(): PlotGesture<unknown> | null
}

const arbiters = new WeakMap<HTMLElement, (entry: GestureEntry) => () => void>()

/** Registers a gesture on a canvas; returns the function that unregisters it. */
export function registerGesture(canvas: HTMLElement, getCamera: () => THREE.Camera, entry: GestureEntry): () => void {
  let add = arbiters.get(canvas)
  if (!add) {
    add = createArbiter(canvas, getCamera, () => arbiters.delete(canvas))
    arbiters.set(canvas, add)
  }
  return add(entry)
}

function createArbiter(canvas: HTMLElement, getCamera: () => THREE.Camera, onEmpty: () => void) {
  const doc = canvas.ownerDocument
  const entries: GestureEntry[] = []
  let drag: { pointerId: number; entry: GestureEntry } | null = null
  // A press that may still become a click or tap, with the pointer's ray at the press: a tap picks what was under
  // the finger when it came down, even if a tremble within the slop has nudged the orbit since.
  let press: { pointerId: number; x: number; y: number; kind: PointerKind; at: PointerAt } | null = null
  const touches = new Set<number>()
  let keyOwner: GestureEntry | null = null
  let keyHeld: GestureEntry | null = null
  let release: (() => void) | null = null

  const at = (e: PointerEvent) => pointerAt(canvas, getCamera(), e)
  const bestGrab = (p: PointerAt): { entry: GestureEntry; offer: GrabOffer } | null => {
    const offers = entries.map((entry) => entry.read()?.grab?.(p) ?? null)
    const i = chooseGrab(offers, grabRadiusPx(p.pointerType))
    return i < 0 ? null : { entry: entries[i]!, offer: offers[i]! }
  }
  const setCursor = (cursor: string) => {
    if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor
  }
  const moveTo = (gesture: PlotGesture<unknown> | null, p: PointerAt, phase: 'drag' | 'commit') => {
    const value = gesture?.locate(p) ?? null
    if (gesture && value !== null) gesture.onMove(value, phase)
    return value !== null
  }
  const endDrag = (pointerId: number) => {
    const ended = drag!
    drag = null
    try {
      if (canvas.hasPointerCapture(pointerId)) canvas.releasePointerCapture(pointerId)
    } catch {
      /* nothing captured */
    }
    setCursor('')
    ended.entry.read()?.onEnd?.()
  }
  const remember = (entry: GestureEntry) => {
    if (entry.read()?.nudge) keyOwner = entry
  }

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'touch') {
      if (e.isPrimary) touches.clear() // a primary touch means no other finger is down
      touches.add(e.pointerId)
    }
    if (drag) {
      // One handle at a time: other fingers do nothing while it moves (neither orbit nor pick).
      if (e.pointerId !== drag.pointerId) {
        e.stopImmediatePropagation()
        e.preventDefault()
      }
      return
    }
    if (press && press.pointerId !== e.pointerId) press = null // a second finger: a pinch, not a tap
    // Right and middle buttons pan and zoom; touch and pen contacts report button 0 like the left button.
    if (e.button !== 0 || touches.size > 1) return
    // Focused so the arrow keys work next; no focus ring for a pointer (a keyboard user gets there with Tab, ring and all).
    canvas.focus({ preventScroll: true, focusVisible: false })
    const p = at(e)
    const grab = bestGrab(p)
    if (!grab) {
      press = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, kind: p.pointerType, at: p }
      return
    }
    // Capture phase on the canvas: this runs before the orbit controls' listener, which never sees the press.
    e.stopImmediatePropagation()
    e.preventDefault()
    try {
      // Keeps the drag when the pointer leaves the canvas. Throws for a pointer the browser does not consider active
      // (a synthetic event): the drag then follows the moves the document sees.
      canvas.setPointerCapture(e.pointerId)
    } catch {
      /* no capture: fine */
    }
    drag = { pointerId: e.pointerId, entry: grab.entry }
    remember(grab.entry)
    setCursor(grab.offer.cursor ?? 'grabbing')
    if (grab.offer.jump) moveTo(grab.entry.read(), p, 'drag')
  }

  const onPointerMove = (e: PointerEvent) => {
    if (drag) {
      if (e.pointerId !== drag.pointerId) return
      e.stopImmediatePropagation()
      moveTo(drag.entry.read(), at(e), 'drag')
      return
    }
    if (press && press.pointerId === e.pointerId && !withinClickSlop(press, { x: e.clientX, y: e.clientY }, press.kind)) press = null
    // Hovering with a mouse: the cursor says what a press would do.
    if (e.target === canvas && e.pointerType === 'mouse' && e.buttons === 0) {
      const grab = bestGrab(at(e))
      setCursor(grab ? (grab.offer.cursor ?? 'grab') : '')
    }
  }

  const onPointerUp = (e: PointerEvent) => {
    touches.delete(e.pointerId)
    if (drag) {
      if (e.pointerId !== drag.pointerId) return
      e.stopImmediatePropagation()
      endDrag(e.pointerId)
      return
    }
    if (!press || press.pointerId !== e.pointerId) return
    const { at: p, kind } = press
    const tap = withinClickSlop(press, { x: e.clientX, y: e.clientY }, kind)
    press = null
    if (!tap) return
    for (const entry of entries) {
      const gesture = entry.read()
      if (gesture?.tapPicks && moveTo(gesture, p, 'commit')) remember(entry)
    }
  }

  const onPointerCancel = (e: PointerEvent) => {
    touches.delete(e.pointerId)
    if (press?.pointerId === e.pointerId) press = null
    if (drag?.pointerId !== e.pointerId) return
    e.stopImmediatePropagation()
    endDrag(e.pointerId)
  }
  // Capture taken away without an up or a cancel (the element left the page, another capture): the drag is over.
  const onLostCapture = (e: PointerEvent) => {
    if (drag?.pointerId === e.pointerId) endDrag(e.pointerId)
  }

  const keyTarget = () =>
    keyOwner && entries.includes(keyOwner) && keyOwner.read()?.nudge ? keyOwner : (entries.find((entry) => entry.read()?.nudge) ?? null)
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isArrowKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return
    const entry = keyTarget()
    const gesture = entry?.read()
    const value = gesture?.nudge?.(e.key, e.shiftKey) ?? null
    if (!entry || !gesture || value === null) return
    e.preventDefault() // the arrow keys would scroll the page
    keyHeld = entry
    gesture.onMove(value, 'drag')
  }
  const endKey = () => {
    const entry = keyHeld
    keyHeld = null
    entry?.read()?.onEnd?.()
  }
  const onKeyUp = (e: KeyboardEvent) => {
    if (isArrowKey(e.key) && keyHeld) endKey()
  }
  const onBlur = () => {
    if (keyHeld) endKey()
  }

  const updateLabel = () => {
    const label = entries.map((entry) => entry.read()?.label ?? '').filter(Boolean).join(' ')
    canvas.setAttribute('aria-label', label)
  }
  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener'
    canvas[method]('pointerdown', onPointerDown as EventListener, { capture: true })
    doc[method]('pointermove', onPointerMove as EventListener, { capture: true })
    doc[method]('pointerup', onPointerUp as EventListener, { capture: true })
    doc[method]('pointercancel', onPointerCancel as EventListener, { capture: true })
    canvas[method]('lostpointercapture', onLostCapture as EventListener)
    canvas[method]('keydown', onKeyDown as EventListener)
    canvas[method]('keyup', onKeyUp as EventListener)
    canvas[method]('blur', onBlur)
  }

  return (entry: GestureEntry) => {
    if (entries.length === 0) {
      release = claimCanvas(canvas)
      listen(true)
    }
    entries.push(entry)
    updateLabel()
    return () => {
      const i = entries.indexOf(entry)
      if (i < 0) return
      entries.splice(i, 1)
      if (drag?.entry === entry) drag = null
      if (keyHeld === entry) keyHeld = null
      if (keyOwner === entry) keyOwner = null
      if (entries.length > 0) {
        updateLabel()
        return
      }
      listen(false)
      press = null
      touches.clear()
      setCursor('')
      release?.()
      release = null
      onEmpty()
    }
  }
}
