// One declaration per scene parameter. The same spec drives the store's defaults, the URL encoding,
// the validation of what comes in from a URL, and the lil-gui control that edits it (CRAFT.md: "one schema
// drives state, URL and controls"). Nothing here touches the DOM.
import type { CameraPose } from './cameraPose.ts'

/** A continuous slider. `log` makes the slider move in log(value), for ranges spanning decades (min must be > 0). */
export interface NumberSpec {
  readonly kind: 'number'
  readonly label?: string
  readonly min: number
  readonly max: number
  readonly step: number
  readonly default: number
  readonly log?: boolean
  /** lil-gui folder the control is placed in. */
  readonly folder?: string
  /**
   * Show the control only while the choice parameter `key` holds one of `is` (a StepLR step size only for the StepLR
   * schedule). The value stays in the state and the link either way; only the control is hidden.
   */
  readonly shownWhen?: { readonly key: string; readonly is: readonly string[] }
}

export interface IntegerSpec extends Omit<NumberSpec, 'kind'> {
  readonly kind: 'integer'
}

export interface BooleanSpec {
  readonly kind: 'boolean'
  readonly label?: string
  readonly default: boolean
  readonly folder?: string
}

/** An enum. When `applies` has an entry for the chosen option, choosing it also applies that patch (a preset). */
export interface ChoiceSpec {
  readonly kind: 'choice'
  readonly label?: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly default: string
  readonly applies?: Readonly<Record<string, StatePatch>>
  /** When one of these keys is edited by hand, the choice switches to `detachValue` (e.g. a preset becomes "custom"). */
  readonly detachOn?: readonly string[]
  readonly detachValue?: string
  readonly folder?: string
}

/** Text read with parse(). Its free names other than the schema's coordinates become dynamic number parameters. */
export interface ExpressionSpec {
  readonly kind: 'expression'
  readonly label?: string
  readonly default: string
}

/** A closed interval [lo, hi] with lo < hi inside [min, max]; e.g. the x extent of the domain. */
export interface IntervalSpec {
  readonly kind: 'interval'
  readonly label?: string
  readonly min: number
  readonly max: number
  readonly step: number
  readonly default: readonly [number, number]
  readonly folder?: string
}

/**
 * A short list of numbers typed as text, e.g. the levels "0, 0.5, 2.25" of level curves. Stored sorted, without
 * repeats; each value finite and inside [min, max]; at most maxLength of them. The empty list is a value too.
 */
export interface NumberListSpec {
  readonly kind: 'numberList'
  readonly label?: string
  readonly min: number
  readonly max: number
  readonly maxLength: number
  readonly default: readonly number[]
  readonly folder?: string
}

export type ParamSpec = NumberSpec | IntegerSpec | BooleanSpec | ChoiceSpec | ExpressionSpec | IntervalSpec | NumberListSpec
export type ParamValue = number | boolean | string | readonly [number, number] | readonly number[]

/** What a dynamic parameter (a free name of an expression) looks like unless the scene says otherwise. */
export const DEFAULT_DYNAMIC: NumberSpec = { kind: 'number', min: -5, max: 5, step: 0.01, default: 1 }

/** A value that breaks one of a scene's own rules: its key, and the sentence that says which rule and what was given. */
export interface RuleProblem {
  readonly key: string
  readonly message: string
}

/**
 * Rules beyond each parameter's own range: an optimizer's hyperparameters (α ≤ 1, γ in (0, 1], η_min ≤ lr …). Called
 * with the values a change would produce, where the changed value may still be the text that did not read as a
 * number (so the rule can say "must be a number, got the string 'abc'"); returns the first broken rule, or null.
 */
export type SceneRules = (values: Readonly<Record<string, unknown>>) => RuleProblem | null

export interface SceneSchema {
  /** Fixed parameters, keyed by their URL key, in display order. */
  readonly params: Readonly<Record<string, ParamSpec>>
  /** Names that are coordinates, not parameters (default x and y). */
  readonly coordinates?: readonly string[]
  /** Per-name overrides for dynamic parameters (e.g. b of Rosenbrock ranges over [0, 200]). */
  readonly dynamic?: Readonly<Record<string, Partial<Omit<NumberSpec, 'kind'>>>>
  /** The camera when the URL names none. */
  readonly camera: CameraPose
  /** The scene's own rules, checked for the GUI and for links alike (schemaRules.ts). */
  readonly rules?: SceneRules
}

/** A partial state applied at once (a preset): fixed values, dynamic parameter values, the camera. */
export interface StatePatch {
  readonly values?: Readonly<Record<string, ParamValue>>
  readonly dynamic?: Readonly<Record<string, number>>
  readonly camera?: CameraPose
}

/** The URL key the camera pose travels under; a schema may not use it for a parameter. */
export const CAMERA_KEY = 'cam'

export const coordinatesOf = (schema: SceneSchema): readonly string[] => schema.coordinates ?? ['x', 'y']

/** A scene's fixed parameters, by URL key, in display order. */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>

/**
 * The value a parameter of spec S holds: what a scene reads, typed from its schema so no scene casts. A choice whose
 * options were declared with literal values (sceneParams keeps them literal) holds the union of those values.
 */
export type ValueOf<S extends ParamSpec> = S extends { readonly kind: 'number' | 'integer' }
  ? number
  : S extends { readonly kind: 'boolean' }
    ? boolean
    : S extends { readonly kind: 'choice'; readonly options: readonly { readonly value: infer V extends string }[] }
      ? V
      : S extends { readonly kind: 'expression' }
        ? string
        : S extends { readonly kind: 'interval' }
          ? readonly [number, number]
          : S extends { readonly kind: 'numberList' }
            ? readonly number[]
            : never

/** Every fixed parameter's value, typed per key. */
export type ValuesOf<P extends ParamSpecs> = { readonly [K in keyof P]: ValueOf<P[K]> }

/** The keys of P whose spec has the given kind (e.g. the expression keys, the interval keys). */
export type KeysOfKind<P extends ParamSpecs, Kind extends ParamSpec['kind']> = {
  [K in keyof P]: P[K] extends { readonly kind: Kind } ? K : never
}[keyof P] &
  string

/**
 * Declares a scene's parameters, keeping their literal types (the kind of each spec, the values of each choice), so
 * ValuesOf can type what the scene reads. Returns its argument unchanged.
 */
export const sceneParams = <const P extends ParamSpecs>(params: P): P => params
