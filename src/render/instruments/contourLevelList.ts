// User-set contour levels as shader uniforms: shaders/contourLines.glsl reads a fixed-size float array (GLSL arrays
// have a compile-time length) and a count; a count of 0 keeps the evenly spaced levels. The uniforms are added to the
// contour material next to its other contour_ uniforms and set whenever the list changes.
import type * as THREE from 'three'

/** The length of contour_levels[] in shaders/contourLines.glsl; a list parameter for levels must not allow more. */
export const CONTOUR_MAX_LEVELS = 16

/** Adds contour_levels / contour_levelCount (empty: evenly spaced levels) before the material first compiles. */
export function addContourLevelListUniforms(material: THREE.ShaderMaterial): void {
  material.uniforms.contour_levels = { value: new Float32Array(CONTOUR_MAX_LEVELS) }
  material.uniforms.contour_levelCount = { value: 0 }
}

/**
 * Copies the levels into the uniform array in place (no new array per change). Only finite levels count, and only
 * the first CONTOUR_MAX_LEVELS of them: the parameter's own validation keeps lists within both.
 */
export function setContourLevelList(material: THREE.ShaderMaterial, levels: readonly number[]): void {
  const array = material.uniforms.contour_levels!.value as Float32Array
  let count = 0
  for (const level of levels) {
    if (count === CONTOUR_MAX_LEVELS) break
    if (Number.isFinite(level)) array[count++] = level
  }
  array.fill(0, count)
  material.uniforms.contour_levelCount!.value = count
}
