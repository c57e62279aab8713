// One exercise on the chapter page: its statement (typeset at build time), an AnswerBox in each answer slot of the
// statement, and the worked solution, revealed on request. The exercise counts as solved once every one of its
// answers has been checked correct; a coding exercise is marked done by hand after `npm run exercise` passes.
import { useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { CourseExercise } from '../../course/courseTypes.ts'
import { AnswerBox } from './AnswerBox.tsx'

export function ExerciseCard({
  exercise,
  solved,
  onSolved,
  elementId,
}: {
  exercise: CourseExercise
  solved: boolean
  onSolved: () => void
  elementId: string
}) {
  const statement = useRef<HTMLDivElement>(null)
  const [slots, setSlots] = useState<HTMLElement[]>([])
  const [correct, setCorrect] = useState<readonly boolean[]>(() => exercise.answers.map(() => false))
  const [showSolution, setShowSolution] = useState(false)

  // The statement's HTML is fixed, so its slots are found once and the answer boxes portalled into them.
  useLayoutEffect(() => {
    setSlots([...(statement.current?.querySelectorAll<HTMLElement>('.answer-slot') ?? [])])
  }, [exercise.html])

  const record = (index: number, ok: boolean) => {
    const next = correct.map((c, i) => (i === index ? ok : c))
    setCorrect(next)
    if (next.every(Boolean)) onSolved()
  }

  return (
    <article className={`exercise${solved ? ' is-solved' : ''}`} id={elementId}>
      <h3>
        <span className="exercise-number">Exercise {exercise.id}</span> {exercise.title}
        {solved && <span className="exercise-solved" title="solved"> ✓</span>}
      </h3>
      <div ref={statement} className="course-html" dangerouslySetInnerHTML={{ __html: exercise.html }} />
      {slots.map((slot, i) =>
        exercise.answers[i] ? createPortal(<AnswerBox spec={exercise.answers[i]} onResult={(r) => record(i, r.verdict === 'correct')} />, slot, `answer-${i}`) : null,
      )}
      <div className="exercise-actions">
        <button type="button" aria-expanded={showSolution} onClick={() => setShowSolution((s) => !s)}>
          {showSolution ? 'Hide the solution' : 'Show the solution'}
        </button>
        {exercise.coding && !solved && (
          <button type="button" onClick={onSolved} title="after npm run exercise passes">
            Mark as done
          </button>
        )}
      </div>
      {showSolution && (
        <div className="solution">
          <h4>Solution {exercise.id}</h4>
          <div className="course-html" dangerouslySetInnerHTML={{ __html: exercise.solutionHtml }} />
        </div>
      )}
    </article>
  )
}
