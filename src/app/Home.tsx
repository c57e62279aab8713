// The home page: what the workbench is, and ways in. A learner starts the course; anyone can explore a surface or
// race optimizers. The chapter cards come from the one scene list, so new scenes appear here without an edit.
import { CHAPTERS, SCENES } from '../../scenes/index.ts'
import { courseOrder } from './courseOrder.ts'
import homeSurface from './assets/home-surface.png'

const ORDER = courseOrder(CHAPTERS, SCENES)

export function Home() {
  const firstScene = ORDER[0]
  return (
    <div className="home">
      <section className="home-intro">
        <h1>Calculus Workbench</h1>
        <p>
          The calculus behind machine learning, made visible: type a function and see its surface, its exact derivatives
          with every rule step, tangent planes, gradients and curvature, drawn live on the GPU.
        </p>
        <p>
          Follow the course from the derivative as a limit to gradients and optimizers, or open the lab and watch
          gradient descent, momentum and Adam race down any surface you type.
        </p>
        <div className="home-actions">
          {firstScene && (
            <a className="home-primary" href={`#/${firstScene.id}`}>
              Start the course: {firstScene.title}
            </a>
          )}
          <a href="#/explore">Explore a surface</a>
          <a href="#/descent">Race optimizers</a>
        </div>
      </section>
      <img
        className="home-picture"
        src={homeSurface}
        alt="A ripple surface sin·cos drawn in viridis colours with its height legend, beside the side panel with the derivations of ∂f/∂x and ∂f/∂y"
      />
      <section className="home-chapters" aria-label="chapters">
        {CHAPTERS.map((chapter) => {
          const scenes = SCENES.filter((s) => s.chapter === chapter.id)
          return (
            <article key={String(chapter.id)} className={`home-chapter${scenes.length === 0 ? ' is-empty' : ''}`}>
              <h2>{chapter.title}</h2>
              {scenes.length === 0 ? (
                <p className="muted">No scenes yet: this chapter is being written.</p>
              ) : (
                <ul>
                  {scenes.map((scene) => (
                    <li key={scene.id}>
                      <a href={`#/${scene.id}`}>{scene.title}</a> <span className="muted">{scene.section}</span>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          )
        })}
      </section>
    </div>
  )
}
