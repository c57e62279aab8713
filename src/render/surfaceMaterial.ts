// The surface's ShaderMaterial and the only two ways it changes afterwards: its frame (domain, z range, grid step)
// and its parameters. Both write uniform values in place; neither touches the program or the geometry.
import * as THREE from 'three'
import type { PlotTransform } from '../math/plot/index.ts'
import { uniformName } from '../math/expr/index.ts'
import type { SurfaceExpressionGlsl } from './surfaceShaderSource.ts'
import { buildSurfaceShaders } from './surfaceShaderSource.ts'

/** Fraction of the z range by which the mesh may disagree with the exact f at a pixel before the pixel is dropped. */
export const WALL_TOLERANCE = 0.25

export function createSurfaceMaterial(expression: SurfaceExpressionGlsl): THREE.ShaderMaterial {
  const { vertexShader, fragmentShader } = buildSurfaceShaders(expression)
  const uniforms: Record<string, THREE.IUniform> = {
    plot_domainMin: { value: new THREE.Vector2() },
    plot_domainSize: { value: new THREE.Vector2(1, 1) },
    plot_zRange: { value: new THREE.Vector2(-1, 1) },
    plot_worldScale: { value: new THREE.Vector3(1, 1, 1) },
    plot_worldOffset: { value: new THREE.Vector3() },
    plot_showGrid: { value: 0 },
    plot_gridStep: { value: new THREE.Vector2(1, 1) },
    plot_cellSize: { value: new THREE.Vector2(1, 1) },
    plot_wallTolerance: { value: WALL_TOLERANCE },
    // (below, above): 1 where the z range stops short of a pole on that side; the surface then shows a hatched cap there.
    surface_clipped: { value: new THREE.Vector2(0, 0) },
    // Read only by the curvature colouring (curvatureColor.glsl): √|det H| at which its colours are ~76% saturated.
    curvature_scale: { value: 1 },
  }
  for (const name of expression.parameters) uniforms[uniformName(name)] = { value: Number.NaN }
  return new THREE.ShaderMaterial({
    name: 'SurfacePlot',
    glslVersion: THREE.GLSL3,
    // Edge snapping costs a loop in the vertex shader; compile it in only where f has undefined regions.
    defines: expression.snapEdges === false ? {} : { PLOT_SNAP_EDGES: '' },
    vertexShader,
    fragmentShader,
    uniforms,
    side: THREE.DoubleSide,
    // Opaque with depth write: translucent overlays (tangent planes, slices) drawn later sort against it without flicker.
    transparent: false,
    depthWrite: true,
    toneMapped: false,
  })
}

/**
 * Points the material at a plot box: domain, z range and world mapping from the same PlotTransform instruments use.
 * `resolution` is the grid's vertices per side (the vertex shader needs the cell size to find the edge of f's domain).
 */
export function setSurfaceFrame(
  material: THREE.ShaderMaterial,
  transform: PlotTransform,
  gridStep: { x: number; y: number },
  resolution: number,
): void {
  const u = material.uniforms
  const { domain, zRange, scale, offset } = transform
  ;(u.plot_domainMin!.value as THREE.Vector2).set(domain.xMin, domain.yMin)
  ;(u.plot_domainSize!.value as THREE.Vector2).set(domain.xMax - domain.xMin, domain.yMax - domain.yMin)
  ;(u.plot_zRange!.value as THREE.Vector2).set(zRange.min, zRange.max)
  ;(u.plot_worldScale!.value as THREE.Vector3).set(scale.x, scale.y, scale.z)
  ;(u.plot_worldOffset!.value as THREE.Vector3).set(offset.x, offset.y, offset.z)
  ;(u.plot_gridStep!.value as THREE.Vector2).set(gridStep.x, gridStep.y)
  const cells = Math.max(1, resolution - 1)
  ;(u.plot_cellSize!.value as THREE.Vector2).set((domain.xMax - domain.xMin) / cells, (domain.yMax - domain.yMin) / cells)
}

/** Writes parameter values into their u_<name> uniforms. A parameter missing from `values` is NaN, as in compile(). */
export function setSurfaceParameters(
  material: THREE.ShaderMaterial,
  parameters: readonly string[],
  values: Readonly<Record<string, number>>,
): void {
  for (const name of parameters) {
    const uniform = material.uniforms[uniformName(name)]
    if (uniform) uniform.value = values[name] ?? Number.NaN
  }
}

export function setSurfaceGrid(material: THREE.ShaderMaterial, visible: boolean): void {
  material.uniforms.plot_showGrid!.value = visible ? 1 : 0
}

/** Marks the sides where the z range cuts a pole: the surface draws a hatched cap at that lid or floor (surfaceCap.glsl). */
export function setSurfaceClipping(material: THREE.ShaderMaterial, clippedBelow: boolean, clippedAbove: boolean): void {
  ;(material.uniforms.surface_clipped!.value as THREE.Vector2).set(clippedBelow ? 1 : 0, clippedAbove ? 1 : 0)
}
