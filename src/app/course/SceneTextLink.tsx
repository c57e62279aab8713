// From a scene back into the text: the section that links to this scene, read from the course index built at
// build time (a theory section whose figure opens this scene, in the scene's own chapter when there is one). One shared place for every scene, keyed by id.
import courseIndex from 'virtual:course'
import { findScene } from '../../../scenes/index.ts'
import { chapterHref } from '../../ui/course/courseRoute.ts'

export function SceneTextLink({ sceneId }: { sceneId: string }) {
  const sections = courseIndex.sceneSections[sceneId] ?? []
  // The scene's own chapter first (gradient-descent is linked from 2.5, but it is the scene of chapter 3).
  const section = sections.find((s) => s.chapter === findScene(sceneId)?.chapter) ?? sections[0]
  if (!section) return null
  return (
    <a className="scene-text-link" href={chapterHref(section.chapter, section.section)}>
      Read § {section.section} {section.title} in the text →
    </a>
  )
}
