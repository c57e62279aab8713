// The scene contract (CONTRACT.md, DESIGN.md "Contracts"). A scene module default-exports `defineScene({ … })`:
// its parameters (typed: what the scene reads is typed from the specs, no casts), the keys the shell needs (functions,
// domain, z range), one `useModel` hook that computes what the scene shows, and a View (inside the 3D canvas) and an
// optional Panel (in the side panel) that both receive that one model. Id, chapter, title and section are stated once,
// in the scene list (scenes/index.ts), which builds the navigation without loading any scene.
import { createElement, useCallback, type ComponentType, type ReactNode } from 'react'
import type { Expr } from '../src/math/expr/index.ts'
import type { SurfaceZRange } from '../src/math/plot/index.ts'
import type { CameraPose } from '../src/state/cameraPose.ts'
import type { KeysOfKind, ParamSpecs, ParamValue, SceneSchema, ValuesOf } from '../src/state/paramSpec.ts'
import type { SceneState } from '../src/state/sceneState.ts'

/** Chapters 1–4 of the text, and the free-form lab. */
export type ChapterId = 1 | 2 | 3 | 4 | 'lab'

export type UpdatePhase = 'commit' | 'drag'

/** The parsed expression of each expression parameter, by key. */
export type ExpressionsOf<P extends ParamSpecs> = { readonly [K in KeysOfKind<P, 'expression'>]: Expr }

/**
 * What a scene's model is computed from. Stable by identity (sceneState.ts): `expressions` and each Expr in it stay the
 * same objects until their text changes, `dynamic` until a parameter value changes, an interval until it is edited.
 * Memoise on them directly.
 */
export interface SceneInput<P extends ParamSpecs> {
  readonly values: ValuesOf<P>
  readonly expressions: ExpressionsOf<P>
  /** Values of the dynamic parameters (the free names of the expressions other than the coordinates). */
  readonly dynamic: Readonly<Record<string, number>>
}

/** What View and Panel receive: the input, the one model computed from it, and the ways back to the state. */
export interface SceneProps<P extends ParamSpecs, M = undefined> extends SceneInput<P> {
  readonly model: M
  /** The scene reports the z range it draws with, for the readouts and the legend. */
  readonly onZRange: (range: SurfaceZRange) => void
  /**
   * Sets fixed parameters from inside the scene (a picked point, a dragged handle, a play button), through the same
   * session as the GUI, so the change lands in the URL. 'drag' replaces the history entry while it moves; call
   * endDrag when it stops.
   */
  readonly setValues: (values: Partial<ValuesOf<P>>, phase: UpdatePhase) => void
  readonly endDrag: () => void
}

export interface SceneSpec<P extends ParamSpecs, M> {
  /** Parameters, keyed by URL key, in display order; declare them with sceneParams() to keep their literal types. */
  readonly params: P
  /** Names that are coordinates, not parameters (default x and y). */
  readonly coordinates?: readonly string[]
  /** Per-name overrides for the dynamic parameters' sliders. */
  readonly dynamic?: SceneSchema['dynamic']
  /** The camera when the URL names none. */
  readonly camera: CameraPose
  /** Rules beyond each parameter's range, with their messages; the GUI and links both check them. */
  readonly rules?: SceneSchema['rules']
  /** The expressions the side panel offers an input and a derivation for. */
  readonly functions: readonly NoInfer<KeysOfKind<P, 'expression'>>[]
  /** The interval parameters that give the x (and, for surfaces, y) extent of the plotted domain. */
  readonly domain: { readonly x: NoInfer<KeysOfKind<P, 'interval'>>; readonly y?: NoInfer<KeysOfKind<P, 'interval'>> }
  /** The boolean "fit z automatically" and the fixed z interval, when the scene offers them ("fit z" button, legend). */
  readonly zRange?: { readonly auto: NoInfer<KeysOfKind<P, 'boolean'>>; readonly fixed: NoInfer<KeysOfKind<P, 'interval'>> }
  /** The integer parameter that sets the surface's mesh (vertices per side): the host checks it can show f (aliasing note). */
  readonly resolution?: NoInfer<KeysOfKind<P, 'integer'>>
  /** Keys listed under "Readouts" (default: every number, integer and interval parameter; [] for none). */
  readonly readoutKeys?: readonly NoInfer<keyof P & string>[]
  /** Whether the surface is coloured by height right now, so the height legend applies (default: whenever zRange is set). */
  readonly colouredByHeight?: (values: NoInfer<ValuesOf<P>>) => boolean
  /**
   * The scene's model, computed ONCE per render by the host and handed to View and Panel: a React hook, so it may
   * memoise, own a runtime (useState) and start effects. Scenes without one get `model: undefined`.
   */
  readonly useModel?: (input: SceneInput<NoInfer<P>>) => M
  readonly View: ComponentType<SceneProps<NoInfer<P>, NoInfer<M>>>
  readonly Panel?: ComponentType<SceneProps<NoInfer<P>, NoInfer<M>>>
  /**
   * The scene's primary actions (play / pause, step, reset …), shown at the top of the side panel under the title, so
   * they are in view without scrolling past the settings. Same props as View and Panel.
   */
  readonly Actions?: ComponentType<SceneProps<NoInfer<P>, NoInfer<M>>>
  /** "How to use this scene": one or two sentences on what to click, drag and read, shown collapsed in the panel. */
  readonly howTo: string
}

/** The host's callbacks into the session. */
export interface SceneHostCallbacks {
  readonly onZRange: (range: SurfaceZRange) => void
  readonly setValues: (values: Readonly<Record<string, ParamValue>>, phase: UpdatePhase) => void
  readonly endDrag: () => void
}

/** A defined scene as the shell sees it: untyped data plus one hook that renders the typed parts. */
export interface Scene {
  readonly schema: SceneSchema
  readonly functions: readonly string[]
  readonly domain: { readonly x: string; readonly y?: string }
  readonly zRange?: { readonly auto: string; readonly fixed: string }
  readonly resolution?: string
  readonly readoutKeys?: readonly string[]
  readonly colouredByHeight: (state: SceneState) => boolean
  readonly howTo: string
  /**
   * Called by the host once per render, as a hook: runs the scene's useModel once and returns the View element (for
   * the canvas) and the Panel element (for the side panel, or null), both given the same model.
   */
  readonly useParts: (state: SceneState, host: SceneHostCallbacks) => SceneParts
}

export interface SceneParts {
  readonly view: ReactNode
  readonly panel: ReactNode
  /** The primary actions for the top of the side panel, or null. */
  readonly actions: ReactNode
  /** The model, for hosts that watch it (the descent lab's browser test reaches its race runtime this way). */
  readonly model: unknown
}

export function defineScene<const P extends ParamSpecs, M>(spec: SceneSpec<P, M> & { readonly useModel: (input: SceneInput<NoInfer<P>>) => M }): Scene
export function defineScene<const P extends ParamSpecs>(spec: SceneSpec<P, undefined> & { readonly useModel?: undefined }): Scene
export function defineScene<const P extends ParamSpecs, M>(spec: SceneSpec<P, M>): Scene {
  const { params, View, Panel, Actions } = spec
  // The second overload is the only way to leave useModel out, and it fixes M = undefined.
  const useModel = (spec.useModel ?? noModel) as (input: SceneInput<P>) => M
  const schema: SceneSchema = { params, coordinates: spec.coordinates, dynamic: spec.dynamic, camera: spec.camera, rules: spec.rules }
  return {
    schema,
    functions: spec.functions,
    domain: spec.domain,
    zRange: spec.zRange,
    resolution: spec.resolution,
    readoutKeys: spec.readoutKeys,
    howTo: spec.howTo,
    colouredByHeight: (state) => (spec.zRange ? (spec.colouredByHeight?.(typedValues<P>(state)) ?? true) : false),
    useParts(state, host) {
      const input: SceneInput<P> = { values: typedValues<P>(state), expressions: typedExpressions<P>(state), dynamic: state.dynamic }
      const model = useModel(input)
      // Stable while the host's is: scenes list setValues in effect dependencies (play loops, animations).
      const hostSetValues = host.setValues
      const setValues = useCallback(
        (values: Partial<ValuesOf<P>>, phase: UpdatePhase) => hostSetValues(definedEntries(values), phase),
        [hostSetValues],
      )
      const props: SceneProps<P, M> = { ...input, model, onZRange: host.onZRange, setValues, endDrag: host.endDrag }
      return {
        view: createElement(View, props),
        panel: Panel ? createElement(Panel, props) : null,
        actions: Actions ? createElement(Actions, props) : null,
        model,
      }
    },
  }
}

const noModel = (): undefined => undefined

// The contract's one boundary: the session only ever holds values that decodeQuery and the transitions validated
// against this very schema (sceneState.ts, urlState.ts), and one parsed Expr per expression key, so the untyped
// records ARE the typed ones. Scenes never cast.
function typedValues<P extends ParamSpecs>(state: SceneState): ValuesOf<P> {
  return state.values as ValuesOf<P>
}
function typedExpressions<P extends ParamSpecs>(state: SceneState): ExpressionsOf<P> {
  return state.expressions as ExpressionsOf<P>
}

function definedEntries(values: object): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {}
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value as ParamValue
  return out
}

/** One line of the scene list: what the navigation shows, and the module that holds the scene's behaviour. */
export interface SceneEntry {
  readonly id: string
  readonly chapter: ChapterId
  readonly title: string
  /** The section of the chapter text this scene illustrates, e.g. "2.1 Partial derivatives". */
  readonly section: string
  /** Path of the scene's module relative to scenes/, e.g. './lab/explore.scene.tsx'. */
  readonly module: string
  readonly load: () => Promise<{ default: Scene }>
}
