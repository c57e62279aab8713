// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
export interface GlslFunction {
  /** GLSL ES 3.00 source of `float <name>(vec2 p)`; p.x and p.y are the coordinates. Needs shaders/expr-functions.glsl before it. */
  readonly source: string
  /** Free names other than the coordinates, in sorted order. Each is read from `uniform float u_<name>;`. */
  readonly parameters: readonly string[]
}
/** Emits `float <name>(vec2 p)` for expr, with coords[0] = p.x and coords[1] = p.y. */
export function toGlsl(expr: Expr, name = 'f', coords: readonly [string, string] = ['x', 'y']): GlslFunction {
  throw new Error('toGlsl: not implemented ' + expr.kind + name + coords.join())
}
/** Uniform declarations for parameters: "uniform float u_a;\n..." (deduplicated, sorted). */
export function glslUniforms(parameters: readonly string[]): string { throw new Error('glslUniforms: not implemented ' + parameters.length) }
/** The uniform name of a parameter. */
export const uniformName = (parameter: string): string => 'u_' + parameter
