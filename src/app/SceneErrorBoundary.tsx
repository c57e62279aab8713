// The error boundary around each scene. A scene whose code did not arrive (ChunkLoadError) or that threw while
// rendering, in its panel or inside the canvas (@react-three/fiber re-throws canvas errors into the DOM tree), is
// replaced by a message saying which it was and a Retry button; the header and navigation above it keep working.
// Retry remounts the scene: its loaders forget a failed chunk (retryableLoad.ts), so this really loads it again, and
// the scene starts from the link in the address bar, which holds its last good state.
import { Component, type ReactNode } from 'react'
import { ChunkLoadError } from './retryableLoad.ts'

interface Props {
  /** The scene's title, for the message. */
  readonly title: string
  readonly children: ReactNode
}

interface State {
  readonly error: Error | null
  /** Bumped by Retry: the children remount under a new key. */
  readonly attempt: number
}

export class SceneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  private retry = () => {
    if (this.state.error instanceof ChunkLoadError) this.state.error.retry()
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))
  }

  // React itself logs the caught error with its component stack (console.error), for a bug report.
  override render() {
    const { error, attempt } = this.state
    if (!error) return <SceneAttempt key={attempt}>{this.props.children}</SceneAttempt>
    const notLoaded = error instanceof ChunkLoadError
    return (
      <div className="scene-error" role="alert" data-testid="scene-error" data-kind={notLoaded ? 'load' : 'crash'}>
        <h2>{notLoaded ? `“${this.props.title}” could not be loaded` : `“${this.props.title}” stopped with an error`}</h2>
        <p className="scene-error-message">{notLoaded ? error.reason : error.message}</p>
        <p className="muted">
          {notLoaded
            ? 'Its code did not arrive: the connection may be down, or a new version was published since this page was opened. Retry loads it again.'
            : 'The rest of the workbench still works: choose another scene above, or retry this one from its link.'}
        </p>
        <button type="button" className="scene-error-retry" onClick={this.retry} autoFocus>
          Retry
        </button>
      </div>
    )
  }
}

function SceneAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>
}
