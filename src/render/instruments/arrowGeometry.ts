// The one arrow every instance of a field shares: flat, in the xy plane, pointing along +x from x = 0 to x = 1,
// a shaft of width 0.12 and a head of width 0.36 over the last 0.38 of its length. Flat arrows lie on the floor (or
// float horizontally over the surface) like a quiver plot; the instance matrix scales, turns and places each one.
import * as THREE from 'three'

export function createFlatArrowGeometry(): THREE.BufferGeometry {
  const shaftHalf = 0.06
  const headHalf = 0.18
  const headStart = 0.62
  // prettier-ignore
  const positions = new Float32Array([
    0, -shaftHalf, 0,   headStart, -shaftHalf, 0,   headStart, shaftHalf, 0,   0, shaftHalf, 0,   // shaft quad
    headStart, -headHalf, 0,   1, 0, 0,   headStart, headHalf, 0,                                      // head triangle
  ])
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
  geometry.setIndex([0, 1, 2, 0, 2, 3, 4, 5, 6])
  return geometry
}
