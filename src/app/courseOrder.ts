// The order a learner walks the scenes in: chapter by chapter as the menu lists them (1 → 4, then the Lab), and
// within a chapter in the scene list's order. Derived from the one scene list, never written down twice.
import type { ChapterId, SceneEntry } from '../../scenes/sceneDefinition.ts'

export interface Neighbours {
  readonly previous: SceneEntry | null
  readonly next: SceneEntry | null
}

export function courseOrder(
  chapters: readonly { readonly id: ChapterId }[],
  scenes: readonly SceneEntry[],
): SceneEntry[] {
  return chapters.flatMap((chapter) => scenes.filter((scene) => scene.chapter === chapter.id))
}

/** The scenes before and after `id` in course order (null at either end, or when `id` is not listed). */
export function neighboursOf(order: readonly SceneEntry[], id: string): Neighbours {
  const at = order.findIndex((scene) => scene.id === id)
  if (at < 0) return { previous: null, next: null }
  return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null }
}
