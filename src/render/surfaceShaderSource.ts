// The surface program's source: the fixed chunks of shaders/ plus one generated chunk, "expr.glsl", holding the
// current expression as GLSL functions f, f_x and f_y (the symbolic gradient) and its parameter uniforms u_<name>.
// Only "expr.glsl" changes with the expression; parameters are uniforms, so changing one never recompiles.
import type { Expr } from '../math/expr/index.ts'
import { gradient, toGlsl, glslUniforms } from '../math/expr/index.ts'
import { mayBeUndefinedOnRegions } from '../math/plot/index.ts'
import { resolveIncludes, type ShaderChunks } from './resolveIncludes.ts'
import { SHADER_CHUNKS } from './shaderChunks.ts'

export interface SurfaceExpressionGlsl {
  /** GLSL ES 3.00 defining `float f(vec2 p)`, `float f_x(vec2 p)`, `float f_y(vec2 p)` and their uniforms; may #include chunks. */
  readonly source: string
  /** Parameter names (sorted); each is read from `uniform float u_<name>`. */
  readonly parameters: readonly string[]
  /**
   * Whether f can be undefined on whole regions (sqrt, log, fractional powers …): then the vertex shader pulls the
   * mesh onto the edge of the defined region (shaders/domainEdge.glsl). Default true, the safe choice.
   */
  readonly snapEdges?: boolean
}

export interface SurfaceShaders {
  readonly vertexShader: string
  readonly fragmentShader: string
}

/** f, ∂f/∂x and ∂f/∂y (symbolic) as GLSL, preceded by the cw_ helper functions the generated code calls. */
export function surfaceGlslFromExpr(f: Expr): SurfaceExpressionGlsl {
  const [fx, fy] = gradient(f, ['x', 'y'])
  const value = toGlsl(f, 'f')
  const partialX = toGlsl(fx!, 'f_x')
  const partialY = toGlsl(fy!, 'f_y')
  const parameters = [...new Set([...value.parameters, ...partialX.parameters, ...partialY.parameters])].sort()
  const source = [
    '#include "expr-functions.glsl"',
    glslUniforms(parameters),
    value.source,
    partialX.source,
    partialY.source,
  ].join('\n')
  return { source, parameters, snapEdges: mayBeUndefinedOnRegions(f) }
}

/** The complete vertex and fragment sources (every #include expanded) for one expression. */
export function buildSurfaceShaders(expression: SurfaceExpressionGlsl, chunks: ShaderChunks = SHADER_CHUNKS): SurfaceShaders {
  const all: ShaderChunks = { ...chunks, 'expr.glsl': expression.source }
  return {
    vertexShader: resolveIncludes(all['surface.vert.glsl'] ?? missing('surface.vert.glsl'), all),
    fragmentShader: resolveIncludes(all['surface.frag.glsl'] ?? missing('surface.frag.glsl'), all),
  }
}

function missing(name: string): never {
  throw new Error(`shaders/${name} is missing: the surface cannot be built without it.`)
}
