// Scene state ↔ the query part of the URL hash: `f=sin(x)*cos(y)&res=256&xr=-3,3&a=1.5&cam=4,4,3,0,0,0`.
// Every fixed parameter is written (not only those differing from their defaults), so a link keeps meaning the same
// view even if a default changes later. Reading validates each key against the schema; a bad key is reported by name
// and falls back to its default, and the rest of the link still applies.
import { decodeCameraPose, encodeCameraPose, type CameraPose } from './cameraPose.ts'
import { dynamicParamsOf, rebuild, type SceneState } from './sceneState.ts'
import { decodeParam, encodeParam } from './paramCodec.ts'
import { brokenRule, decodeWithRules } from './schemaRules.ts'
import { CAMERA_KEY, type ParamValue, type SceneSchema } from './paramSpec.ts'

export interface UrlProblem {
  readonly key: string
  readonly message: string
}

export function encodeQuery(schema: SceneSchema, state: SceneState): string {
  const pairs: string[] = []
  for (const [key, spec] of Object.entries(schema.params)) pairs.push(`${key}=${encodeValue(encodeParam(spec, state.values[key]!))}`)
  for (const name of Object.keys(state.dynamic).sort()) pairs.push(`${name}=${encodeValue(String(state.dynamic[name]))}`)
  if (state.camera) pairs.push(`${CAMERA_KEY}=${encodeValue(encodeCameraPose(state.camera))}`)
  return pairs.join('&')
}

/**
 * `previous` (the state on screen, when a link is read over it) lends its parsed expressions and dynamic record to
 * the result where they are unchanged, so Back/Forward over a moved point re-parses nothing (sceneState.ts).
 */
export function decodeQuery(
  schema: SceneSchema,
  query: string,
  previous: SceneState | null = null,
): { state: SceneState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = []
  const given = new Map<string, string>()
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = eq < 0 ? pair : pair.slice(0, eq)
    const raw = eq < 0 ? '' : pair.slice(eq + 1)
    const text = decodeValue(raw)
    if (text === null) problems.push({ key, message: `'${raw}' has a broken %-escape` })
    else if (given.has(key)) problems.push({ key, message: 'is given more than once; the first value is used' })
    else given.set(key, text)
  }

  // Fixed parameters first: the expressions decide which dynamic names exist.
  const values: Record<string, ParamValue> = {}
  // The scene's rules judge each given value among complete values: every default, then every given value its spec
  // accepts (a rule may tie a value to one later in the link: θ* from gd needs on_gd, which comes after it).
  for (const [key, spec] of Object.entries(schema.params)) {
    const text = given.get(key)
    const decoded = text === undefined ? null : decodeParam(spec, text)
    values[key] = decoded && 'value' in decoded ? decoded.value : spec.default
  }
  for (const [key, spec] of Object.entries(schema.params)) {
    const text = given.get(key)
    if (text === undefined) continue
    // The scene's rules first (the optimizer's own sentence for α = 2), as for a value typed in the GUI.
    const decoded = decodeWithRules(schema, values, key, text)
    if ('value' in decoded) values[key] = decoded.value
    else {
      values[key] = spec.default
      problems.push({ key, message: `${decoded.problem}; using the default ${encodeParam(spec, spec.default) || '(none)'}` })
    }
  }
  reconcileChoices(schema, values, given)
  fallBackFromBrokenRules(schema, values, problems)
  const base = rebuild(schema, previous, { values, dynamic: {}, camera: null })
  const { specs, conflicts } = dynamicParamsOf(schema, base)
  for (const name of conflicts) {
    problems.push({ key: name, message: `is both a parameter of the expression and a setting of this scene, so it has no slider` })
  }

  const dynamic: Record<string, number> = {}
  let camera: CameraPose | null = null
  for (const [key, text] of given) {
    if (key in schema.params) continue
    if (key === CAMERA_KEY) {
      const decoded = decodeCameraPose(text)
      if ('pose' in decoded) camera = decoded.pose
      else problems.push({ key, message: `${decoded.problem}; using the scene's camera` })
      continue
    }
    const spec = specs[key]
    if (!spec) {
      problems.push({ key, message: 'is not a setting of this scene nor a parameter of its expression; ignored' })
      continue
    }
    const decoded = decodeParam(spec, text)
    if ('value' in decoded) dynamic[key] = decoded.value as number
    else problems.push({ key, message: `${decoded.problem}; using the default ${spec.default}` })
  }
  // Expressions from base (parsed once above); the dynamic record of `previous` when it comes out unchanged.
  const lender = { ...base, dynamic: previous?.dynamic ?? base.dynamic }
  return { state: rebuild(schema, lender, { values, dynamic, camera }, dynamic), problems }
}

/**
 * Values that pass one by one may break a rule together (a cosine η_min above its lr): the value the rule names falls
 * back to its default, and the banner says why. Stops when the defaults themselves are what the rule names.
 */
function fallBackFromBrokenRules(schema: SceneSchema, values: Record<string, ParamValue>, problems: UrlProblem[]): void {
  for (let left = Object.keys(schema.params).length; left > 0; left--) {
    const broken = brokenRule(schema, values)
    const spec = broken ? schema.params[broken.key] : undefined
    if (!broken || !spec || values[broken.key] === spec.default) return
    values[broken.key] = spec.default
    problems.push({ key: broken.key, message: `${broken.message}; using the default ${encodeParam(spec, spec.default)}` })
  }
}

/**
 * Percent-encodes what would break the query (&, =, #, %, spaces …) but leaves the characters of math readable,
 * so a link reads `f=x^2+y^2`. A literal '+' means plus here: the hash is not form-encoded, so no '+'-as-space.
 */
export function encodeValue(text: string): string {
  return encodeURIComponent(text).replace(/%(2B|5E|2C|2F|3A)/gi, (m) => decodeURIComponent(m))
}

export function decodeValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/**
 * Presets in links. A link that names a preset loads it (fn=himmelblau alone opens Himmelblau: its f, domain and
 * start), except for the values the link gives itself. A link whose own values contradict its preset
 * (preset=ripples&f=1/(x-y)) keeps those values, as if typed after choosing the preset, and the choice reads as its
 * detached value ("Custom"), so the menu never claims a preset the picture is not showing.
 */
function reconcileChoices(schema: SceneSchema, values: Record<string, ParamValue>, given: ReadonlyMap<string, string>): void {
  for (const [key, spec] of Object.entries(schema.params)) {
    if (spec.kind !== 'choice' || !spec.applies) continue
    const preset = spec.applies[String(values[key])]?.values
    if (!preset) continue
    if (given.has(key)) for (const [k, v] of Object.entries(preset)) if (!given.has(k) && k in schema.params) values[k] = v
    if (spec.detachValue === undefined || !spec.detachOn) continue
    const contradicted = spec.detachOn.some((k) => k in preset && encodeParamOf(schema, k, preset[k]!) !== encodeParamOf(schema, k, values[k]!))
    if (contradicted) values[key] = spec.detachValue
  }
}

function encodeParamOf(schema: SceneSchema, key: string, value: ParamValue): string {
  const spec = schema.params[key]
  return spec ? encodeParam(spec, value) : String(value)
}
