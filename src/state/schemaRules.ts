// A scene's own rules (SceneSchema.rules) applied to what comes in. A value typed in the GUI and a value read from a
// link go through the same checks in the same order, so both places show the same sentence for the same value:
// first the scene's rule, which states the range where the value means something ("rmsprop: alpha must be a number
// in [0, 1], got 2"), then the control's own range (the span its slider offers), then rules that tie values
// together (a cosine schedule's η_min may not exceed its lr), checked on the whole state the change would produce.
import { decodeParam, type Decoded } from './paramCodec.ts'
import type { ParamSpec, ParamValue, RuleProblem, SceneSchema } from './paramSpec.ts'

type Values = Readonly<Record<string, ParamValue>>

/**
 * What a rule is shown for a typed text: the number it reads as — NaN and ±Infinity included, since the rule's
 * sentence should name them ("got NaN") — or, when it does not read as a number at all, the text itself.
 */
export function rawValue(spec: ParamSpec, text: string): unknown {
  if (spec.kind !== 'number' && spec.kind !== 'integer') return text
  const t = text.trim()
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) || /^[+-]?(NaN|Infinity)$/.test(t)) return Number(t)
  return text
}

/** The sentence of the scene's rule that `value` for `key` breaks (the other values as given), or null. */
export function ruleProblemFor(schema: SceneSchema, values: Values, key: string, value: unknown): string | null {
  const problem = schema.rules?.({ ...values, [key]: value })
  return problem && problem.key === key ? problem.message : null
}

/** Reads the text typed, or given in a link, for the fixed parameter `key`: the scene's rule first, then the spec's. */
export function decodeWithRules(schema: SceneSchema, values: Values, key: string, text: string): Decoded {
  const spec = schema.params[key]
  if (!spec) throw new Error(`decodeWithRules: the scene has no parameter '${key}'`)
  const ruled = ruleProblemFor(schema, values, key, rawValue(spec, text))
  return ruled !== null ? { problem: ruled } : decodeParam(spec, text)
}

/** The first of the scene's rules that `values` break as a whole, or null (always null for a scene without rules). */
export function brokenRule(schema: SceneSchema, values: Values): RuleProblem | null {
  return schema.rules?.(values) ?? null
}
