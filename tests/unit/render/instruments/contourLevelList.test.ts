// User-set contour levels → the uniforms of shaders/contourLines.glsl: a fixed array of 16 floats and a count.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type * as THREE from 'three'
import { addContourLevelListUniforms, CONTOUR_MAX_LEVELS, setContourLevelList } from '../../../../src/render/instruments/contourLevelList.ts'

/** Only the uniforms are touched, so a bare object stands in for the ShaderMaterial (no WebGL in Node). */
function fakeMaterial(): THREE.ShaderMaterial {
  const material = { uniforms: {} } as unknown as THREE.ShaderMaterial
  addContourLevelListUniforms(material)
  return material
}
const levelsOf = (m: THREE.ShaderMaterial) => Array.from(m.uniforms.contour_levels!.value as Float32Array)
const countOf = (m: THREE.ShaderMaterial) => m.uniforms.contour_levelCount!.value as number

describe('contour level list uniforms', () => {
  it('matches the array length declared in the shader chunk', () => {
    const chunk = readFileSync(new URL('../../../../shaders/contourLines.glsl', import.meta.url), 'utf8')
    expect(chunk).toMatch(new RegExp(`#define CONTOUR_MAX_LEVELS ${CONTOUR_MAX_LEVELS}\\n`))
    expect(chunk).toContain('uniform float contour_levels[CONTOUR_MAX_LEVELS];')
    const m = fakeMaterial()
    expect(levelsOf(m)).toEqual(new Array(16).fill(0))
    expect(countOf(m)).toBe(0) // no list: the evenly spaced levels
  })

  it('copies the levels in order, zeroes the rest, and sets the count', () => {
    const m = fakeMaterial()
    setContourLevelList(m, [-1, 0.5, 2.25])
    expect(countOf(m)).toBe(3)
    expect(levelsOf(m)).toEqual([-1, 0.5, 2.25, ...new Array(13).fill(0)])
    // A shorter list afterwards leaves no stale level behind.
    setContourLevelList(m, [4])
    expect(levelsOf(m)).toEqual([4, ...new Array(15).fill(0)])
    expect(countOf(m)).toBe(1)
    setContourLevelList(m, [])
    expect(countOf(m)).toBe(0)
  })

  it('refills the same array (no allocation per change), skips non-finite levels and keeps at most 16', () => {
    const m = fakeMaterial()
    const array = m.uniforms.contour_levels!.value
    setContourLevelList(m, [Number.NaN, 1, Number.POSITIVE_INFINITY, 2])
    expect(m.uniforms.contour_levels!.value).toBe(array)
    expect(countOf(m)).toBe(2)
    expect(levelsOf(m).slice(0, 2)).toEqual([1, 2])
    const many = Array.from({ length: 20 }, (_, i) => i + 1)
    setContourLevelList(m, many)
    expect(countOf(m)).toBe(16)
    expect(levelsOf(m)).toEqual(many.slice(0, 16))
  })
})
