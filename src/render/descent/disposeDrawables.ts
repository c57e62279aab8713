// Frees the geometries, materials and textures of everything under a root (lines, meshes, points, sprites):
// the lab rebuilds its drawings whenever a race is rebuilt, and GPU memory must not grow with each rebuild.
import * as THREE from 'three'

export function disposeDrawables(root: THREE.Object3D): void {
  root.traverse((object) => {
    const drawable = object as Partial<THREE.Mesh>
    drawable.geometry?.dispose()
    const material = drawable.material
    for (const m of Array.isArray(material) ? material : material ? [material] : []) {
      ;(m as THREE.SpriteMaterial).map?.dispose()
      m.dispose()
    }
  })
}
