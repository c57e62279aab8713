// The state of one scene: its fixed parameter values, the values of its dynamic parameters (one per free name of
// its expressions), and the camera pose (null: the scene's default). Pure transitions; the store holds the result.
import { parse, type Expr } from '../math/expr/index.ts'
import { cameraPosesEqual, type CameraPose } from './cameraPose.ts'
import { dynamicParams, type DynamicParams } from './dynamicParams.ts'
import type { ParamValue, SceneSchema, StatePatch } from './paramSpec.ts'

export interface SceneState {
  readonly values: Readonly<Record<string, ParamValue>>
  readonly dynamic: Readonly<Record<string, number>>
  readonly camera: CameraPose | null
}

export function defaultState(schema: SceneSchema): SceneState {
  const values: Record<string, ParamValue> = {}
  for (const [key, spec] of Object.entries(schema.params)) values[key] = spec.default
  return withDynamicFor(schema, { values, dynamic: {}, camera: null })
}

/** The parsed expression of every expression parameter, by key. State only ever holds text that parses. */
export function expressionsOf(schema: SceneSchema, values: SceneState['values']): Record<string, Expr> {
  const out: Record<string, Expr> = {}
  for (const [key, spec] of Object.entries(schema.params)) {
    if (spec.kind === 'expression') out[key] = parse(String(values[key]))
  }
  return out
}

export function dynamicParamsOf(schema: SceneSchema, state: SceneState): DynamicParams {
  return dynamicParams(schema, Object.values(expressionsOf(schema, state.values)))
}

/**
 * Keeps `dynamic` in step with the expressions: a name that is still free keeps its value, a new name starts at
 * its default (or at `preferred`, e.g. a preset's value), and a name that is gone is dropped, so the state (and the
 * URL) holds exactly the sliders on screen.
 */
export function withDynamicFor(schema: SceneSchema, state: SceneState, preferred: Readonly<Record<string, number>> = {}): SceneState {
  const { names, specs } = dynamicParamsOf(schema, state)
  const dynamic: Record<string, number> = {}
  for (const name of names) dynamic[name] = preferred[name] ?? state.dynamic[name] ?? specs[name]!.default
  return { ...state, dynamic }
}

/** Sets one fixed parameter by hand: applies a choice's preset, detaches presets the edit contradicts. */
export function setParam(schema: SceneSchema, state: SceneState, key: string, value: ParamValue): SceneState {
  const spec = schema.params[key]
  if (!spec) throw new Error(`setParam: the scene has no parameter '${key}' (known: ${Object.keys(schema.params).join(', ')})`)
  const values: Record<string, ParamValue> = { ...state.values, [key]: value }
  for (const [otherKey, other] of Object.entries(schema.params)) {
    if (other.kind === 'choice' && other.detachValue !== undefined && other.detachOn?.includes(key)) values[otherKey] = other.detachValue
  }
  const next = withDynamicFor(schema, { ...state, values })
  const patch = spec.kind === 'choice' ? spec.applies?.[String(value)] : undefined
  return patch ? applyPatch(schema, next, patch) : next
}

export function setDynamic(state: SceneState, name: string, value: number): SceneState {
  if (!(name in state.dynamic)) throw new Error(`setDynamic: '${name}' is not a parameter of the current expression`)
  return { ...state, dynamic: { ...state.dynamic, [name]: value } }
}

export function setCamera(state: SceneState, camera: CameraPose | null): SceneState {
  return { ...state, camera }
}

export function applyPatch(schema: SceneSchema, state: SceneState, patch: StatePatch): SceneState {
  const values = { ...state.values, ...patch.values }
  const camera = patch.camera ?? state.camera
  return withDynamicFor(schema, { values, dynamic: { ...state.dynamic, ...patch.dynamic }, camera }, patch.dynamic)
}

export function statesEqual(a: SceneState, b: SceneState): boolean {
  return recordsEqual(a.values, b.values) && recordsEqual(a.dynamic, b.dynamic) && cameraPosesEqual(a.camera, b.camera)
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
