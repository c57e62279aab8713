// Routes of the text: `#/chapter/N` (optionally `?at=1.3` for a section or `?at=ex-1.3` for an exercise) and
// `#/notation`. They share the hash with the scenes (`#/<scene-id>?…`); these names are not scene ids.

export type CourseRoute = { readonly kind: 'chapter'; readonly chapter: number; readonly at: string | null } | { readonly kind: 'notation' }

export const CHAPTER_COUNT = 4

/** The course route a parsed hash names, or null when it names a scene. */
export function courseRouteOf(path: string, query: string): CourseRoute | null {
  if (path === 'notation') return { kind: 'notation' }
  const match = /^chapter\/(\d+)$/.exec(path)
  if (!match) return null
  const chapter = Math.min(CHAPTER_COUNT, Math.max(1, Number(match[1])))
  const at = new URLSearchParams(query).get('at')
  return { kind: 'chapter', chapter, at: at && /^(ex-)?\d+\.\d+$/.test(at) ? at : null }
}

export const chapterHref = (chapter: number, at?: string) => `#/chapter/${chapter}${at ? `?at=${at}` : ''}`

/** The element id of a section or exercise inside the chapter page. */
export const anchorId = (at: string) => (at.startsWith('ex-') ? `exercise-${at.slice(3)}` : `section-${at}`)
