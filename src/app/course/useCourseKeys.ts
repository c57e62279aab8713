// Keyboard navigation of the text: j / k scroll to the next / previous section or exercise, [ / ] open the previous /
// next chapter. Keys typed into an input (an answer box) are left alone, and so are keys with modifiers.
import { useEffect } from 'react'
import { CHAPTER_COUNT, chapterHref } from '../../ui/course/courseRoute.ts'

export function useCourseKeys(scroller: React.RefObject<HTMLElement | null>, chapter: number | null, onCurrent: (at: string) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      const target = e.target as HTMLElement | null
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return
      if ((e.key === '[' || e.key === ']') && chapter !== null) {
        const next = chapter + (e.key === ']' ? 1 : -1)
        if (next >= 1 && next <= CHAPTER_COUNT) location.hash = chapterHref(next)
        e.preventDefault()
        return
      }
      if (e.key !== 'j' && e.key !== 'k') return
      const box = scroller.current
      if (!box || chapter === null) return
      const anchors = [...box.querySelectorAll<HTMLElement>('[data-at]')]
      const top = box.getBoundingClientRect().top
      // The first anchor clearly below the top (j), or the last one clearly above it (k).
      const offsets = anchors.map((el) => el.getBoundingClientRect().top - top)
      const above = offsets.map((o, i) => (o < -8 ? i : -1)).filter((i) => i >= 0)
      const index = e.key === 'j' ? offsets.findIndex((o) => o > 8) : (above[above.length - 1] ?? -1)
      const el = anchors[index]
      if (!el) return
      e.preventDefault()
      el.scrollIntoView({ block: 'start' })
      const at = el.dataset.at!
      onCurrent(at)
      // The address follows, without a history entry per key press.
      history.replaceState(history.state, '', chapterHref(chapter, at))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [scroller, chapter, onCurrent])
}
