// One loaded scene on screen: the viewport with the scene's View and the GUI docked over it, and the side panel
// (expression inputs, derivations, readouts). It owns the scene's session (state ↔ URL) for as long as it is shown.
import { Suspense, use, useCallback, useEffect, useMemo, useState, type ComponentProps } from 'react'
import type { SceneEntry } from '../../scenes/sceneDefinition.ts'
import { coordinatesOf } from '../state/paramSpec.ts'
import { dynamicParams } from '../state/dynamicParams.ts'
import { applyPatch, setCamera, setParam } from '../state/sceneState.ts'
import type { ParamValue } from '../state/paramSpec.ts'
import { useStore } from '../state/useStore.ts'
import type { Expr } from '../math/expr/index.ts'
import { DerivationView } from '../ui/DerivationView.tsx'
import { ExpressionInput } from '../ui/ExpressionInput.tsx'
import { GuiPanel } from '../ui/GuiPanel.tsx'
import { ProblemBanner } from '../ui/ProblemBanner.tsx'
import { Readouts } from '../ui/Readouts.tsx'
// Imported from its file, not render/index.ts: the legend is plain HTML and must not pull three into the shell's chunk.
import { HeightLegend } from '../render/HeightLegend.tsx'
import type { SurfaceZRange } from '../math/plot/index.ts'
import { createSceneSession, type SceneSession } from './sceneSession.ts'
import { activeScene } from './activeScene.ts'
import { SceneSequenceLinks } from './SceneSequenceLinks.tsx'
import { SceneTextLink } from './course/SceneTextLink.tsx'
import { SidePanel } from './SidePanel.tsx'
import { AliasingNote } from './AliasingNote.tsx'
import { retryableLoad, retryableLoadByKey } from './retryableLoad.ts'
import { useSymbolicState } from './symbolic/useSymbolicState.ts'
import type { SymbolicStatus } from './symbolic/symbolicGate.ts'

/**
 * three and @react-three/fiber load with the first scene, not with the shell: the header and panel paint first.
 * Not React.lazy, which would keep a failed load forever: the ChunkLoadError that retryableLoad throws can forget it,
 * and the error boundary's Retry (SceneErrorBoundary) does so before it loads the chunk again.
 */
const loadViewport = retryableLoad('The 3D viewport', () => import('./Viewport.tsx').then((m) => m.Viewport))
function Viewport(props: ComponentProps<typeof import('./Viewport.tsx').Viewport>) {
  const Loaded = use(loadViewport())
  return <Loaded {...props} />
}

/** Scene modules load once; the promise is cached (until it fails) so `use` sees the same one on every render. */
const loadScene = retryableLoadByKey(
  (entry: SceneEntry) => `The scene '${entry.title}'`,
  (entry: SceneEntry) => entry.load().then((m) => m.default),
)

export interface SceneHostProps {
  readonly entry: SceneEntry
  readonly query: string
  /** Called after the session writes the URL (see createSceneSession). */
  readonly onUrlWrite: () => void
  /** Told the scene's model after each render that changed it (tests watch the descent lab's runtime this way). */
  readonly onModel?: (sceneId: string, model: unknown) => void
}

export function SceneHost(props: SceneHostProps) {
  return (
    <Suspense fallback={<div className="scene-loading">Loading {props.entry.title}…</div>}>
      <LoadedScene {...props} />
    </Suspense>
  )
}

function LoadedScene({ entry, query, onUrlWrite, onModel }: SceneHostProps) {
  const definition = use(loadScene(entry))
  const [session] = useState(() => createSceneSession(entry.id, definition, query, onUrlWrite))
  // The first load writes the full link; later, Back/Forward or a pasted link change the query.
  useEffect(() => session.loadQuery(query), [session, query])
  useEffect(() => {
    activeScene.set(session)
    return () => {
      if (activeScene.get() === session) activeScene.set(null)
    }
  }, [session])
  return <SceneLayout entry={entry} session={session} onModel={onModel} />
}

function SceneLayout({ entry, session, onModel }: { entry: SceneEntry; session: SceneSession; onModel: SceneHostProps['onModel'] }) {
  const { definition } = session
  const { schema } = definition
  const state = useStore(session.state)
  const problems = useStore(session.problems)
  const zRange = useStore(session.zRange)
  const onZRange = useCallback((r: SurfaceZRange) => session.zRange.set(r), [session])
  const zKeys = definition.zRange
  const [resetKey, setResetKey] = useState(0)

  const actions = useMemo(
    () => ({
      update: session.update,
      endDrag: session.endDrag,
      resetView: () => {
        session.update(setCamera(session.state.get(), null), 'commit')
        setResetKey((k) => k + 1)
      },
      fitZ: zKeys ? () => session.update(setParam(schema, session.state.get(), zKeys.auto, true), 'commit') : undefined,
    }),
    [session, schema, zKeys],
  )
  const checkNames = useCallback(
    (expr: Expr) => {
      const { conflicts } = dynamicParams(schema, [expr])
      return conflicts.length === 0
        ? null
        : `${conflicts.map((n) => `'${n}'`).join(', ')} is the name of a setting of this scene; use another letter for a parameter`
    },
    [schema],
  )
  const setValues = useCallback(
    (values: Readonly<Record<string, ParamValue>>, phase: 'commit' | 'drag') =>
      session.update(applyPatch(schema, session.state.get(), { values }), phase),
    [session, schema],
  )
  // Expressions whose derivatives are too much work for this thread go to a worker; until they are ready the scene is
  // handed the last good ones (`shown`), and the input says "computing…" (src/app/symbolic/).
  const symbolic = useSymbolicState(schema, definition.functions, state)
  const shown = symbolic.shown
  // The scene's model is computed here, once, and handed to both its View (in the canvas) and its Panel.
  const parts = definition.useParts(shown, { onZRange, setValues, endDrag: session.endDrag })
  useEffect(() => onModel?.(entry.id, parts.model), [onModel, entry.id, parts.model])

  return (
    <div className="scene">
      {/* tabIndex −1: the skip link can focus the plot even when the scene makes nothing in it focusable. */}
      <div className="viewport" tabIndex={-1} role="region" aria-label={`${entry.title}: the plot`}>
        <ProblemBanner problems={problems} onDismiss={() => session.problems.set([])} />
        <Viewport
          camera={state.camera ?? schema.camera}
          resetKey={resetKey}
          onCameraChange={(pose) => session.update(setCamera(session.state.get(), pose), 'commit')}
        >
          <Suspense fallback={null}>
            {parts.view}
          </Suspense>
        </Viewport>
        {definition.resolution && (
          <AliasingNote definition={definition} state={shown} zRange={zRange}
            onRaise={(n) => session.update(setParam(schema, session.state.get(), definition.resolution!, n), 'commit')} />
        )}
        {zRange && definition.colouredByHeight(shown) && <HeightLegend min={zRange.min} max={zRange.max} clippedBelow={zRange.clippedBelow} clippedAbove={zRange.clippedAbove} label="z = f(x, y)" style={{ position: 'absolute', left: 16, bottom: 16 }} />}
      </div>
      <SidePanel title={entry.title} section={entry.section} textLink={<SceneTextLink sceneId={entry.id} />}>
        {parts.actions && <div className="scene-actions">{parts.actions}</div>}
        <details className="how-to" data-testid="how-to">
          <summary>How to use this scene</summary>
          <p>{definition.howTo}</p>
        </details>
        {definition.functions.map((key) => (
          <div className="function-block" key={key}>
            <ExpressionInput
              label={schema.params[key]?.label ?? key}
              value={String(state.values[key])}
              check={checkNames}
              onChange={(text, phase) => session.update(setParam(schema, session.state.get(), key, text), phase)}
              onEndEdit={session.endDrag}
              computing={symbolic.status[key]?.kind === 'computing'}
              workError={errorOf(symbolic.status[key])}
            />
          </div>
        ))}
        {/* The controls live in the side panel, not over the canvas, so they never hide part of a plot. */}
        <GuiPanel schema={schema} store={session.state} actions={actions} title="Settings" />
        {/* The scene's own panel (controls, charts, readouts at a point) comes right under its inputs, before the
            derivations, which can be long. */}
        {parts.panel}
        {definition.functions.map((key) => (
          <details className="function-block derivations" key={key} open={parts.panel === null} aria-busy={symbolic.status[key]?.kind === 'computing'}>
            <summary>
              <h3>
                {coordinatesOf(schema).length === 1 ? 'Derivative' : 'Partial derivatives'} of {schema.params[key]?.label ?? key}
              </h3>
            </summary>
            <DerivationView expr={shown.expressions[key]!} variables={coordinatesOf(schema)} name={key} />
          </details>
        ))}
        <Readouts params={schema.params} state={shown} zRange={zKeys ? zRange : undefined} keys={definition.readoutKeys} />
        <SceneSequenceLinks currentId={entry.id} />
      </SidePanel>
    </div>
  )
}

const errorOf = (s: SymbolicStatus | undefined): string | null => (s?.kind === 'error' ? s.message : null)
