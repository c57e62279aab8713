// The surface program's source: the fixed chunks of shaders/ plus one generated chunk, "expr.glsl", holding the
// current expression as GLSL functions f, f_x and f_y (the symbolic gradient) and its parameter uniforms u_<name>.
// Only "expr.glsl" changes with the expression; parameters are uniforms, so changing one never recompiles.
import type { Expr } from '../math/expr/index.ts'
import { gradient, hessian, toGlsl, glslUniforms } from '../math/expr/index.ts'
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
  /** The chunk that defines surface_albedo() (default "surfaceAlbedo.glsl": height through the colormap). */
  readonly albedoChunk?: string
}

/** How the surface is coloured: by height (the colormap), or by curvature from the symbolic Hessian. */
export type SurfaceColouring = 'height' | 'curvature'

export interface SurfaceShaders {
  readonly vertexShader: string
  readonly fragmentShader: string
}

/**
 * f, ∂f/∂x and ∂f/∂y (symbolic) as GLSL, preceded by the cw_ helper functions the generated code calls. Colouring by
 * curvature adds f_xx, f_xy and f_yy from the symbolic Hessian and points the albedo hook at curvatureAlbedo.glsl.
 */
export function surfaceGlslFromExpr(f: Expr, colouring: SurfaceColouring = 'height'): SurfaceExpressionGlsl {
  const [fx, fy] = gradient(f, ['x', 'y'])
  const functions = [toGlsl(f, 'f'), toGlsl(fx!, 'f_x'), toGlsl(fy!, 'f_y')]
  if (colouring === 'curvature') {
    const h = hessian(f, ['x', 'y'])
    functions.push(toGlsl(h[0]![0]!, 'f_xx'), toGlsl(h[0]![1]!, 'f_xy'), toGlsl(h[1]![1]!, 'f_yy'))
  }
  const parameters = [...new Set(functions.flatMap((g) => g.parameters))].sort()
  const source = ['#include "expr-functions.glsl"', glslUniforms(parameters), ...functions.map((g) => g.source)].join('\n')
  return {
    source,
    parameters,
    snapEdges: mayBeUndefinedOnRegions(f),
    ...(colouring === 'curvature' ? { albedoChunk: 'curvatureAlbedo.glsl' } : {}),
  }
}

/** The complete vertex and fragment sources (every #include expanded) for one expression. */
export function buildSurfaceShaders(expression: SurfaceExpressionGlsl, chunks: ShaderChunks = SHADER_CHUNKS): SurfaceShaders {
  const albedo = expression.albedoChunk ?? 'surfaceAlbedo.glsl'
  const all: ShaderChunks = { ...chunks, 'expr.glsl': expression.source, 'surfaceAlbedo.glsl': chunks[albedo] ?? missing(albedo) }
  return {
    vertexShader: resolveIncludes(all['surface.vert.glsl'] ?? missing('surface.vert.glsl'), all),
    fragmentShader: resolveIncludes(all['surface.frag.glsl'] ?? missing('surface.frag.glsl'), all),
  }
}

function missing(name: string): never {
  throw new Error(`shaders/${name} is missing: the surface cannot be built without it.`)
}
