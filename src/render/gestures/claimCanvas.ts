// While a plot has gestures, its canvas is a keyboard stop and, for screen readers, an 'application' (it takes the
// arrow keys itself) labelled with what can be done. When the last gesture goes, the canvas is given back exactly as
// it was found, so a plot without gestures is not left as an empty, focusable widget.

const CLAIMED = ['tabindex', 'role', 'aria-label'] as const

/** Makes the canvas focusable and an application; returns the function that restores its attributes. */
export function claimCanvas(canvas: HTMLElement): () => void {
  const saved = CLAIMED.map((name) => [name, canvas.getAttribute(name)] as const)
  canvas.tabIndex = 0 // focusable, so the arrow keys reach it; a press focuses it
  canvas.setAttribute('role', 'application')
  return () => {
    for (const [name, value] of saved) {
      if (value === null) canvas.removeAttribute(name)
      else canvas.setAttribute(name, value)
    }
  }
}
