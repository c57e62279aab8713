// "← previous · next →" at the end of a scene's panel, in course order, so a learner can walk the course without
// going back to the menu.
import { CHAPTERS, SCENES } from '../../scenes/index.ts'
import { courseOrder, neighboursOf } from './courseOrder.ts'

const ORDER = courseOrder(CHAPTERS, SCENES)

export function SceneSequenceLinks({ currentId }: { currentId: string }) {
  const { previous, next } = neighboursOf(ORDER, currentId)
  if (!previous && !next) return null
  return (
    <nav className="scene-sequence" aria-label="previous and next scene">
      {previous ? (
        <a href={`#/${previous.id}`} rel="prev">
          <span className="muted">← previous</span>
          <span>{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={`#/${next.id}`} rel="next" className="is-next">
          <span className="muted">next →</span>
          <span>{next.title}</span>
        </a>
      )}
    </nav>
  )
}
