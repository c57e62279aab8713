// The `?` overlay: every keyboard shortcut of the workbench in one list. Opened with `?` anywhere outside a text
// field, or with the `?` button in the header; closed with Esc, `?` again or the close button.
import { useEffect, useRef } from 'react'

/** What each key does; kept beside the overlay so the list and the behaviour are read together. */
export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: '?', action: 'show or hide this list' },
  { keys: 'Tab / Shift+Tab', action: 'move between controls; the first Tab offers “Skip to the plot”' },
  { keys: '← → ↑ ↓', action: 'move the picked point, the start point or the point on a curve (the plot must have focus)' },
  { keys: 'Shift + arrows', action: 'the same, in fine steps' },
  { keys: '↑ ↓ in a log-scale value box', action: 'step the value along its slider (Shift: fine)' },
  { keys: 'Enter', action: 'apply what was typed in an expression or number box' },
  { keys: 'drag / one finger', action: 'orbit the view (or drag a picked handle)' },
  { keys: 'scroll / two fingers', action: 'zoom and pan' },
  { keys: 'Esc', action: 'close this list' },
]

export function ShortcutsOverlay({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (open) closeRef.current?.focus()
  }, [open])
  if (!open) return null
  return (
    <div className="shortcuts-backdrop" onClick={onClose}>
      <div
        className="shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map((s) => (
            <div key={s.keys}>
              <dt><kbd>{s.keys}</kbd></dt>
              <dd>{s.action}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" onClick={onClose}>close</button>
      </div>
    </div>
  )
}

/** True when a key press belongs to a text field (so `?` types a question mark there, not the overlay). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
}
