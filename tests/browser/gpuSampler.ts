// Test helper: evaluate GLSL functions `float name(vec2 p)` on a real WebGL2 context and read the float32 results back.
// Row r of the output evaluates functions[r] at the points of row r (one texel per point), in one draw call,
// rendered into an RGBA32F texture (EXT_color_buffer_float). Channel G holds cw_isUndefined(v), B holds cw_isnan(v),
// so the test also checks the helpers the renderer uses to discard fragments, inside the shader itself.

export interface GpuSamples {
  /** values[r][c]: functions[r] at points[r][c]. */
  readonly values: Float32Array[]
  /** cw_isUndefined(value) as the shader saw it. */
  readonly undefinedFlags: boolean[][]
  /** cw_isnan(value) as the shader saw it. */
  readonly nanFlags: boolean[][]
}

const VERTEX = `#version 300 es
void main() {
  // One triangle that covers the viewport: (-1,-1), (3,-1), (-1,3).
  vec2 v = vec2(float((gl_VertexID & 1) << 2) - 1.0, float((gl_VertexID & 2) << 1) - 1.0);
  gl_Position = vec4(v, 0.0, 1.0);
}`

function compileShader(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!
  gl.shaderSource(shader, source)
  gl.compileShader(shader)
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    const log = gl.getShaderInfoLog(shader)
    const numbered = source.split('\n').map((l, i) => `${i + 1}: ${l}`).join('\n')
    throw new Error(`shader did not compile: ${log}\n${numbered}`)
  }
  return shader
}

/**
 * @param prelude   everything before the functions: the cw_ chunk and the uniform declarations
 * @param functions GLSL sources, each defining `float <names[i]>(vec2 p)`
 * @param points    points[r] = the (x, y) pairs for row r; rows may differ in length (the rest is padding)
 * @param uniforms  values for `uniform float` declarations in the prelude
 */
export function sampleOnGpu(
  prelude: string,
  functions: readonly string[],
  names: readonly string[],
  points: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  uniforms: Readonly<Record<string, number>> = {},
): GpuSamples {
  const gl = document.createElement('canvas').getContext('webgl2')
  if (!gl) throw new Error('WebGL2 is not available')
  if (!gl.getExtension('EXT_color_buffer_float')) throw new Error('EXT_color_buffer_float is not available')
  const width = Math.max(...points.map((r) => r.length))
  const height = names.length

  const select = names.map((n, i) => `  if (row == ${i}) return ${n}(p);`).join('\n')
  const fragment = `#version 300 es
precision highp float;
precision highp int;
${prelude}
${functions.join('\n')}
uniform highp sampler2D u_points;
out vec4 outColor;
float selectRow(int row, vec2 p) {
${select}
  return 0.0;
}
void main() {
  ivec2 ij = ivec2(gl_FragCoord.xy);
  float v = selectRow(ij.y, texelFetch(u_points, ij, 0).xy);
  outColor = vec4(v, cw_isUndefined(v) ? 1.0 : 0.0, cw_isnan(v) ? 1.0 : 0.0, 1.0);
}`
  const program = gl.createProgram()!
  gl.attachShader(program, compileShader(gl, gl.VERTEX_SHADER, VERTEX))
  gl.attachShader(program, compileShader(gl, gl.FRAGMENT_SHADER, fragment))
  gl.linkProgram(program)
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`link failed: ${gl.getProgramInfoLog(program)}`)
  gl.useProgram(program)

  const input = new Float32Array(width * height * 4)
  points.forEach((row, r) => row.forEach(([x, y], c) => input.set([x, y, 0, 0], (r * width + c) * 4)))
  const makeTexture = (data: Float32Array | null): WebGLTexture => {
    const t = gl.createTexture()!
    gl.bindTexture(gl.TEXTURE_2D, t)
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, width, height, 0, gl.RGBA, gl.FLOAT, data)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST)
    return t
  }
  const target = makeTexture(null)
  const framebuffer = gl.createFramebuffer()
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer)
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, target, 0)
  if (gl.checkFramebufferStatus(gl.FRAMEBUFFER) !== gl.FRAMEBUFFER_COMPLETE) throw new Error('float framebuffer incomplete')

  gl.activeTexture(gl.TEXTURE0)
  makeTexture(input)
  gl.uniform1i(gl.getUniformLocation(program, 'u_points'), 0)
  for (const [name, value] of Object.entries(uniforms)) gl.uniform1f(gl.getUniformLocation(program, name), value)

  gl.viewport(0, 0, width, height)
  gl.drawArrays(gl.TRIANGLES, 0, 3)
  const out = new Float32Array(width * height * 4)
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.FLOAT, out)
  const err = gl.getError()
  if (err !== gl.NO_ERROR) throw new Error(`WebGL error ${err}`)
  gl.getExtension('WEBGL_lose_context')?.loseContext()

  const channel = (k: number, r: number): number[] =>
    Array.from({ length: points[r]!.length }, (_, c) => out[(r * width + c) * 4 + k]!)
  return {
    values: names.map((_, r) => Float32Array.from(channel(0, r))),
    undefinedFlags: names.map((_, r) => channel(1, r).map((v) => v === 1)),
    nanFlags: names.map((_, r) => channel(2, r).map((v) => v === 1)),
  }
}
