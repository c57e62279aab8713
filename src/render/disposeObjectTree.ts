// Frees what the GPU holds for everything under a root: the geometry, the material(s) and any texture map of each mesh,
// line, point cloud and sprite. Drawings that are rebuilt (axes on a new plot box, a race's trails on a new race,
// labels on new text) call it on the old tree, so GPU memory does not grow with each rebuild.
// A geometry or material shared by two objects is disposed twice, which three.js allows; the quad all sprites share
// is left alone.
import type * as THREE from 'three'

export function disposeObjectTree(root: THREE.Object3D): void {
  root.traverse((object) => {
    const drawable = object as Partial<THREE.Mesh>
    // Every sprite shares one quad geometry made by three.js: freeing it would make all other labels re-upload it.
    if (!(object as THREE.Sprite).isSprite) drawable.geometry?.dispose()
    const material = drawable.material
    for (const m of Array.isArray(material) ? material : material ? [material] : []) {
      ;(m as THREE.SpriteMaterial).map?.dispose()
      m.dispose()
    }
  })
}
