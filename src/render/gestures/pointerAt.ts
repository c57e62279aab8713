// Where a pointer is, in the terms a plot gesture needs: the camera ray through it (world coordinates) and the screen
// distance from it to any world point (for grab radii, which are measured on the screen, not in the scene).
import * as THREE from 'three'
import type { PointerKind } from './gestureRules.ts'

export interface WorldPoint {
  readonly x: number
  readonly y: number
  readonly z: number
}

export interface PointerAt {
  readonly clientX: number
  readonly clientY: number
  readonly pointerType: PointerKind
  /** The camera ray through the pointer, in world coordinates (direction normalised). */
  readonly ray: THREE.Ray
  /** CSS pixels on the screen between the pointer and where the camera shows `world`. */
  distanceTo(world: WorldPoint): number
}

const ndc = new THREE.Vector2()
const projected = new THREE.Vector3()

export function pointerAt(
  element: HTMLElement,
  camera: THREE.Camera,
  event: { readonly clientX: number; readonly clientY: number; readonly pointerType?: string },
): PointerAt {
  const rect = element.getBoundingClientRect()
  const { clientX, clientY } = event
  ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
  const raycaster = new THREE.Raycaster()
  raycaster.setFromCamera(ndc, camera)
  return {
    clientX,
    clientY,
    pointerType: event.pointerType || 'mouse',
    ray: raycaster.ray,
    distanceTo(world) {
      projected.set(world.x, world.y, world.z).project(camera)
      // Behind the camera a projection flips to the wrong side of the screen: such a point is never under the pointer.
      if (projected.z > 1) return Infinity
      const sx = rect.left + ((projected.x + 1) / 2) * rect.width
      const sy = rect.top + ((1 - projected.y) / 2) * rect.height
      return Math.hypot(sx - clientX, sy - clientY)
    },
  }
}
