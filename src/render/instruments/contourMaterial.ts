// The contour overlay's ShaderMaterial: the surface's own vertex shader (so the overlay mesh is the surface mesh,
// vertex for vertex) or the floor's, with shaders/contour.frag.glsl, which draws only the level lines of f per pixel.
// It shares the surface's uniforms (frame and parameters), so setSurfaceFrame/setSurfaceParameters drive it too.
import * as THREE from 'three'
import { resolveIncludes } from '../resolveIncludes.ts'
import { SHADER_CHUNKS } from '../shaderChunks.ts'
import { createSurfaceMaterial } from '../surfaceMaterial.ts'
import type { SurfaceExpressionGlsl } from '../surfaceShaderSource.ts'

export type ContourPlacement = 'surface' | 'floor'

export function createContourMaterial(expression: SurfaceExpressionGlsl, placement: ContourPlacement): THREE.ShaderMaterial {
  // The surface's own material is the template: same uniforms, same defines, same vertex shader, so the overlay stays
  // in step with the surface whatever the renderer adds to it. The template is never compiled, only read.
  const template = createSurfaceMaterial(expression)
  const chunks = { ...SHADER_CHUNKS, 'expr.glsl': expression.source } as Record<string, string>
  const vertexShader = placement === 'floor' ? resolveIncludes(chunks['contourFloor.vert.glsl']!, chunks) : template.vertexShader
  const uniforms: Record<string, THREE.IUniform> = {
    ...THREE.UniformsUtils.clone(template.uniforms),
    contour_base: { value: 0 },
    contour_spacing: { value: 1 },
    contour_highlight: { value: Number.NaN },
    contour_widthPx: { value: 1.4 },
    contour_onFloor: { value: placement === 'floor' ? 1 : 0 },
    contour_lineColor: { value: new THREE.Color('#101418') },
    contour_highlightColor: { value: new THREE.Color('#ff2d6f') },
  }
  const material = new THREE.ShaderMaterial({
    name: `contours-${placement}`,
    glslVersion: THREE.GLSL3,
    defines: { ...template.defines },
    vertexShader,
    fragmentShader: resolveIncludes(chunks['contour.frag.glsl']!, chunks),
    uniforms,
    side: THREE.DoubleSide,
    transparent: true,
    // Coplanar with the surface (or the floor grid): no depth writes, and pulled toward the camera so it wins the tie.
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
    toneMapped: false,
  })
  template.dispose()
  return material
}

export interface ContourLevels {
  /** One level; the others are base + k·spacing. */
  readonly base: number
  readonly spacing: number
  /** Drawn bold (e.g. f at the picked point); NaN for none. */
  readonly highlight: number
}

export function setContourLevels(material: THREE.ShaderMaterial, levels: ContourLevels): void {
  material.uniforms.contour_base!.value = levels.base
  material.uniforms.contour_spacing!.value = levels.spacing
  material.uniforms.contour_highlight!.value = Number.isFinite(levels.highlight) ? levels.highlight : Number.NaN
}
