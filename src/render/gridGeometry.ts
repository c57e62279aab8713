// The surface mesh: an n × n grid of vertices at (u, v, 0) with u, v ∈ [0, 1]. It knows nothing of the function or
// the domain (the vertex shader maps (u, v) to (x, y) and displaces by f), so it is rebuilt only when n changes.
import * as THREE from 'three'

export const MIN_RESOLUTION = 16
export const MAX_RESOLUTION = 1024
export const DEFAULT_RESOLUTION = 256

export function clampResolution(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_RESOLUTION
  return Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, Math.round(n)))
}

export function createGridGeometry(resolution: number): THREE.BufferGeometry {
  const n = clampResolution(resolution)
  const positions = new Float32Array(n * n * 3)
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = 3 * (j * n + i)
      positions[k] = i / (n - 1)
      positions[k + 1] = j / (n - 1)
    }
  }
  // Two triangles per cell, counter-clockwise seen from +z. 1024² vertices need 32-bit indices.
  const cells = (n - 1) * (n - 1)
  const indices = n * n > 65535 ? new Uint32Array(cells * 6) : new Uint16Array(cells * 6)
  let w = 0
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const a = j * n + i
      const b = a + 1
      const c = a + n
      const d = c + 1
      indices[w++] = a; indices[w++] = b; indices[w++] = d
      indices[w++] = a; indices[w++] = d; indices[w++] = c
    }
  }
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
  geometry.setIndex(new THREE.BufferAttribute(indices, 1))
  // The displaced surface always lies inside the plot box, whose bounds the CPU cannot read from this flat sheet;
  // the mesh disables frustum culling instead of trusting this sphere.
  geometry.boundingSphere = new THREE.Sphere(new THREE.Vector3(), 2)
  return geometry
}
