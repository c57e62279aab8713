// The message for a link that could not be followed exactly: one line per bad key, naming it and what was wrong,
// and saying what was used instead. Dismissable; it does not block the scene, which shows the corrected state.
import type { UrlProblem } from '../state/urlState.ts'

export function ProblemBanner({ problems, onDismiss }: { problems: readonly UrlProblem[]; onDismiss: () => void }) {
  if (problems.length === 0) return null
  return (
    <div className="problem-banner" role="alert" data-testid="problem-banner">
      <div>
        <strong>Some of this link could not be used:</strong>
        <ul>
          {problems.map((p, i) => (
            <li key={i} data-key={p.key}>
              <code>{p.key}</code> {p.message}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="dismiss" onClick={onDismiss} aria-label="dismiss">
        ×
      </button>
    </div>
  )
}
