// "Every free name other than x and y becomes a slider without further code" (DESIGN.md, data flow 1).
// Given the parsed expressions of a scene, this derives the dynamic parameters: their names, and the slider spec
// of each (the schema's per-name override, else the house default of 1 on [-5, 5]).
import { freeVariables, type Expr } from '../math/expr/index.ts'
import { CAMERA_KEY, DEFAULT_DYNAMIC, coordinatesOf, type NumberSpec, type SceneSchema } from './paramSpec.ts'

export interface DynamicParams {
  /** Parameter names, sorted, that get a slider. */
  readonly names: readonly string[]
  readonly specs: Readonly<Record<string, NumberSpec>>
  /** Free names that collide with a fixed URL key of the scene (e.g. a variable named like a setting); they get no slider. */
  readonly conflicts: readonly string[]
}

export function dynamicParams(schema: SceneSchema, expressions: readonly Expr[]): DynamicParams {
  const coordinates = new Set(coordinatesOf(schema))
  const names = new Set<string>()
  for (const expr of expressions) for (const name of freeVariables(expr)) if (!coordinates.has(name)) names.add(name)
  const sorted = [...names].sort()
  const conflicts = sorted.filter((name) => name in schema.params || name === CAMERA_KEY)
  const usable = sorted.filter((name) => !conflicts.includes(name))
  const specs: Record<string, NumberSpec> = {}
  for (const name of usable) specs[name] = dynamicSpec(schema, name)
  return { names: usable, specs, conflicts }
}

export function dynamicSpec(schema: SceneSchema, name: string): NumberSpec {
  return { ...DEFAULT_DYNAMIC, ...schema.dynamic?.[name], kind: 'number' }
}
