// The shader chunks and their #include resolver (runs in the browser because the chunks come through Vite's ?raw glob).
import { describe, expect, it } from 'vitest'
import { resolveIncludes } from '../../src/render/resolveIncludes.ts'
import { SHADER_CHUNKS } from '../../src/render/shaderChunks.ts'
import { buildSurfaceShaders } from '../../src/render/surfaceShaderSource.ts'

describe('resolveIncludes', () => {
  const chunks = {
    'a.glsl': 'float a() { return 1.0; }',
    'b.glsl': '#include "a.glsl"\nfloat b() { return a() + 1.0; }',
    'loop1.glsl': '#include "loop2.glsl"',
    'loop2.glsl': '#include "loop1.glsl"',
  }

  it('expands nested includes, each chunk once', () => {
    const out = resolveIncludes('#include "b.glsl"\n#include "a.glsl"\nvoid main() {}', chunks)
    expect(out.match(/float a\(\)/g)).toHaveLength(1)
    expect(out.indexOf('float a()')).toBeLessThan(out.indexOf('float b()'))
    expect(out).toContain('void main() {}')
    expect(out).not.toContain('#include "')
  })

  it("leaves three.js's own <chunk> includes alone", () => {
    expect(resolveIncludes('#include <common>', chunks)).toBe('#include <common>')
  })

  it('names a missing chunk, where it was included from, and the known ones', () => {
    expect(() => resolveIncludes('#include "b.glsl"\n#include "nope.glsl"', chunks)).toThrow(
      /Shader chunk "nope.glsl" not found \(included from the entry shader\)\. Known chunks: a\.glsl, b\.glsl/,
    )
  })

  it('reports an include cycle', () => {
    expect(() => resolveIncludes('#include "loop1.glsl"', chunks)).toThrow(/loop1\.glsl → loop2\.glsl → loop1\.glsl/)
  })
})

describe('surface shader chunks', () => {
  it('are all present in shaders/', () => {
    for (const name of ['colormap.glsl', 'lighting.glsl', 'gridLines.glsl', 'undefinedValues.glsl', 'plotFrame.glsl', 'surface.vert.glsl', 'surface.frag.glsl', 'expr-functions.glsl']) {
      expect(Object.keys(SHADER_CHUNKS)).toContain(name)
    }
  })

  it('build fully expanded, ASCII-only programs around the generated expression chunk', () => {
    const expression = { parameters: ['a'], source: 'uniform float u_a;\nfloat f(vec2 p) { return u_a; }\nfloat f_x(vec2 p) { return 0.0; }\nfloat f_y(vec2 p) { return 0.0; }' }
    const { vertexShader, fragmentShader } = buildSurfaceShaders(expression)
    for (const source of [vertexShader, fragmentShader]) {
      expect(source).not.toContain('#include "')
      expect(source).toContain('float f(vec2 p) { return u_a; }')
      // WebGL rejects non-ASCII characters anywhere in a shader, comments included.
      expect(/^[\x00-\x7f]*$/.test(source)).toBe(true)
    }
    expect(fragmentShader).toContain('plot_viridis')
    expect(vertexShader).not.toContain('plot_viridis') // the vertex shader carries only what it needs
  })
})
