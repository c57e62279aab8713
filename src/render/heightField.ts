// A surface whose heights come from data (a loss landscape computed by TF.js) rather than from an expression: an n×n
// float texture that the surface program samples in place of f (shaders/heightTexture.glsl). The uniforms here are
// shared by reference with the surface material, so replacing the data is a texture upload and one frame, with no
// React render and no recompile.
import * as THREE from 'three'
import type { Domain } from '../math/plot/index.ts'
import type { SurfaceExpressionGlsl } from './surfaceShaderSource.ts'
import { contourLevels } from './instruments/contourLevels.ts'

/** The expression chunk of a height-texture surface; with contours, level lines are part of its colour. */
export function surfaceGlslFromHeights(contours: boolean): SurfaceExpressionGlsl {
  return {
    source: '#include "expr-functions.glsl"\n#include "heightTexture.glsl"',
    parameters: [],
    snapEdges: false,
    ...(contours ? { albedoChunk: 'heightContourAlbedo.glsl' } : {}),
  }
}

export class HeightField {
  readonly texture: THREE.DataTexture
  readonly uniforms: Record<string, THREE.IUniform>
  private data: Float32Array

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 2 || size > 4096) throw new RangeError(`a height field needs 2 to 4096 samples per side, got ${size}`)
    this.data = new Float32Array(size * size).fill(NaN)
    this.texture = new THREE.DataTexture(this.data, size, size, THREE.RedFormat, THREE.FloatType)
    this.texture.minFilter = THREE.NearestFilter
    this.texture.magFilter = THREE.NearestFilter
    this.texture.needsUpdate = true
    this.uniforms = {
      heights_texture: { value: this.texture },
      heights_domain: { value: new THREE.Vector4(-1, -1, 2, 2) },
      contour_base: { value: 0 },
      contour_spacing: { value: 1 },
      contour_levels: { value: new Array(16).fill(0) },
      contour_levelCount: { value: 0 },
      contour_highlight: { value: Number.NaN },
      contour_widthPx: { value: 1.2 },
    }
  }

  /** Replaces the heights: values[j·n + i] is the height at column i (x) of row j (y). */
  setHeights(values: ArrayLike<number>): void {
    if (values.length !== this.data.length) throw new RangeError(`expected ${this.data.length} heights, got ${values.length}`)
    this.data.set(values)
    this.texture.needsUpdate = true
  }

  setDomain(domain: Domain): void {
    ;(this.uniforms.heights_domain!.value as THREE.Vector4).set(domain.xMin, domain.yMin, domain.xMax - domain.xMin, domain.yMax - domain.yMin)
  }

  /** `count` evenly spaced level lines strictly inside the z range (as the contour overlay places them). */
  setContours(zMin: number, zMax: number, count: number): void {
    const { base, spacing } = contourLevels(zMin, zMax, count, 0)
    this.uniforms.contour_base!.value = base
    this.uniforms.contour_spacing!.value = spacing > 0 ? spacing : 1
  }

  dispose(): void {
    this.texture.dispose()
  }
}
