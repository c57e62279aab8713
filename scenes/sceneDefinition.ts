// The shape of a scene module (DESIGN.md, Contracts): data plus a thin component. The shell reads the data
// (title, schema, camera …) to build the navigation, the URL, the GUI and the side panel, and mounts `View`
// inside the 3D canvas. A scene never imports another scene; only scenes/index.ts lists them.
import type { ComponentType } from 'react'
import type { Expr } from '../src/math/expr/index.ts'
import type { SurfaceZRange } from '../src/math/plot/index.ts'
import type { ParamValue, SceneSchema } from '../src/state/paramSpec.ts'
import type { SceneState } from '../src/state/sceneState.ts'

/** Chapters 1–4 of the text, and the free-form lab. */
export type ChapterId = 1 | 2 | 3 | 4 | 'lab'

export interface SceneViewProps {
  readonly state: SceneState
  /** The parsed expression of every expression parameter, by key (always valid: state holds only text that parses). */
  readonly expressions: Readonly<Record<string, Expr>>
  /** The scene reports the z range it draws with, for the readouts and the legend. */
  readonly onZRange: (range: SurfaceZRange) => void
  /**
   * Sets fixed parameters from inside the scene (a picked point, a dragged handle), through the same session as the
   * GUI, so the change lands in the URL. 'drag' replaces the history entry while it moves; call endDrag when it stops.
   * Optional: hosts that mount a View on its own (tests) may leave it out.
   */
  readonly setValues?: (values: Readonly<Record<string, ParamValue>>, phase: 'commit' | 'drag') => void
  readonly endDrag?: () => void
}

export interface SceneDefinition {
  readonly id: string
  readonly chapter: ChapterId
  readonly title: string
  /** The section of the chapter text this scene illustrates, e.g. "2.1 Partial derivatives". */
  readonly section: string
  /** Keys of the expression parameters the scene shows (the side panel offers an input and a derivation for each). */
  readonly functions: readonly string[]
  /** Keys of the interval parameters that give the x (and, for surfaces, y) extent of the plotted domain. */
  readonly domain: { readonly x: string; readonly y?: string }
  /** Keys of the boolean "fit z automatically" and the fixed z interval, when the scene offers them ("fit z" button). */
  readonly zRange?: { readonly auto: string; readonly fixed: string }
  /** Parameters, their defaults and the default camera. */
  readonly schema: SceneSchema
  readonly View: ComponentType<SceneViewProps>
  /** Schema keys listed under "Readouts" (default: every number, integer and interval parameter; [] for none). */
  readonly readoutKeys?: readonly string[]
  /** Whether the surface is coloured by height right now, so the height legend applies (default: whenever zRange is set). */
  readonly colouredByHeight?: (state: SceneState) => boolean
  /** Optional HTML shown in the side panel above the readouts (live numbers, charts), with the same props as View. */
  readonly Panel?: ComponentType<SceneViewProps>
}

/** One line of the scene list: enough to draw the navigation without loading the scene. */
export interface SceneEntry {
  readonly id: string
  readonly chapter: ChapterId
  readonly title: string
  readonly section: string
  readonly load: () => Promise<{ default: SceneDefinition }>
}
