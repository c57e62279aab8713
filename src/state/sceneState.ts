// The state of one scene: its fixed parameter values, the parsed expression of each expression parameter, the values
// of its dynamic parameters (one per free name of its expressions), and the camera pose (null: the scene's default).
// Pure transitions; the store holds the result.
//
// Identity is part of the contract: a transition keeps the previous `expressions` record (and each Expr in it) while
// the expression texts are unchanged, and the previous `dynamic` record while its names and values are unchanged.
// Consumers key their memos on these objects directly (a moved point re-parses nothing and resamples nothing).
import { parse, type Expr } from '../math/expr/index.ts'
import { cameraPosesEqual, type CameraPose } from './cameraPose.ts'
import { dynamicParams, type DynamicParams } from './dynamicParams.ts'
import type { ParamValue, SceneSchema, StatePatch } from './paramSpec.ts'

export interface SceneState {
  readonly values: Readonly<Record<string, ParamValue>>
  /** The parsed expression of every expression parameter, by key (state only ever holds text that parses). */
  readonly expressions: Readonly<Record<string, Expr>>
  readonly dynamic: Readonly<Record<string, number>>
  readonly camera: CameraPose | null
}

/** What a transition proposes; `rebuild` derives the expressions and the dynamic names from it. */
export interface StateParts {
  readonly values: Readonly<Record<string, ParamValue>>
  readonly dynamic: Readonly<Record<string, number>>
  readonly camera: CameraPose | null
}

export function defaultState(schema: SceneSchema): SceneState {
  const values: Record<string, ParamValue> = {}
  for (const [key, spec] of Object.entries(schema.params)) values[key] = spec.default
  return rebuild(schema, null, { values, dynamic: {}, camera: null })
}

export function dynamicParamsOf(schema: SceneSchema, state: Pick<SceneState, 'expressions'>): DynamicParams {
  return dynamicParams(schema, Object.values(state.expressions))
}

/**
 * The state for `parts`, reusing what it can of `previous`: an expression whose text is unchanged keeps its Expr,
 * and `dynamic` keeps its object when nothing in it changed. `dynamic` is kept in step with the expressions: a name
 * that is still free keeps its value, a new name starts at its default (or at `preferred`, e.g. a preset's value),
 * and a name that is gone is dropped, so the state (and the URL) holds exactly the sliders on screen.
 */
export function rebuild(
  schema: SceneSchema,
  previous: SceneState | null,
  parts: StateParts,
  preferred: Readonly<Record<string, number>> = {},
): SceneState {
  const expressions = expressionsFor(schema, previous, parts.values)
  const { names, specs } = dynamicParams(schema, Object.values(expressions))
  const fresh: Record<string, number> = {}
  for (const name of names) fresh[name] = preferred[name] ?? parts.dynamic[name] ?? specs[name]!.default
  const dynamic = previous && numbersEqual(previous.dynamic, fresh) ? previous.dynamic : fresh
  return { values: parts.values, expressions, dynamic, camera: parts.camera }
}

function expressionsFor(
  schema: SceneSchema,
  previous: SceneState | null,
  values: Readonly<Record<string, ParamValue>>,
): Readonly<Record<string, Expr>> {
  const out: Record<string, Expr> = {}
  let reused = previous !== null
  for (const [key, spec] of Object.entries(schema.params)) {
    if (spec.kind !== 'expression') continue
    const text = String(values[key])
    const kept = previous && previous.values[key] === text ? previous.expressions[key] : undefined
    if (!kept) reused = false
    out[key] = kept ?? parse(text)
  }
  return reused && previous ? previous.expressions : out
}

/** Sets one fixed parameter by hand: applies a choice's preset, detaches presets the edit contradicts. */
export function setParam(schema: SceneSchema, state: SceneState, key: string, value: ParamValue): SceneState {
  const spec = schema.params[key]
  if (!spec) throw new Error(`setParam: the scene has no parameter '${key}' (known: ${Object.keys(schema.params).join(', ')})`)
  const values: Record<string, ParamValue> = { ...state.values, [key]: value }
  for (const [otherKey, other] of Object.entries(schema.params)) {
    if (other.kind === 'choice' && other.detachValue !== undefined && other.detachOn?.includes(key)) values[otherKey] = other.detachValue
  }
  const next = rebuild(schema, state, { ...state, values })
  const patch = spec.kind === 'choice' ? spec.applies?.[String(value)] : undefined
  return patch ? applyPatch(schema, next, patch) : next
}

export function setDynamic(state: SceneState, name: string, value: number): SceneState {
  if (!(name in state.dynamic)) throw new Error(`setDynamic: '${name}' is not a parameter of the current expression`)
  if (state.dynamic[name] === value) return state
  return { ...state, dynamic: { ...state.dynamic, [name]: value } }
}

export function setCamera(state: SceneState, camera: CameraPose | null): SceneState {
  return { ...state, camera }
}

export function applyPatch(schema: SceneSchema, state: SceneState, patch: StatePatch): SceneState {
  const values = { ...state.values, ...patch.values }
  const camera = patch.camera ?? state.camera
  return rebuild(schema, state, { values, dynamic: { ...state.dynamic, ...patch.dynamic }, camera }, patch.dynamic)
}

/** Equal values, dynamic values and camera (the expressions follow from the values). */
export function statesEqual(a: StateParts, b: StateParts): boolean {
  return recordsEqual(a.values, b.values) && numbersEqual(a.dynamic, b.dynamic) && cameraPosesEqual(a.camera, b.camera)
}

function numbersEqual(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  return recordsEqual(a, b)
}

function recordsEqual(a: Readonly<Record<string, ParamValue>>, b: Readonly<Record<string, ParamValue>>): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => k in b && valuesEqual(a[k]!, b[k]!))
}

function valuesEqual(a: ParamValue, b: ParamValue): boolean {
  // Intervals and number lists: equal element by element.
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i])
  return a === b
}
