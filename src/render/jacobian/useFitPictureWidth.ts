// Keeps the Jacobian picture whole in a tall, narrow canvas (a phone held upright). The scene's camera (height 3.1,
// 45° vertical field) sees ±1.28 world units vertically, and the square picture reaches about ±1.14 (panels ±1.07,
// plus tick values on the left and titles on top), so it fits any canvas at least as wide as it is tall. A perspective
// camera keeps the vertical field of view when the
// canvas gets narrower, so the sides would be cut off. Below a square aspect the camera's zoom is lowered to
// width / height, which widens the view just enough that the picture spans the width as it spans the height of a
// square canvas. Zoom (not the camera's distance) is used so the pose in the link and the user's own dolly stay
// what they are; raycasting for picking reads the projection matrix, so it follows.
import { useLayoutEffect } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'

export function useFitPictureWidth(): void {
  const camera = useThree((s) => s.camera)
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const invalidate = useThree((s) => s.invalidate)
  useLayoutEffect(() => {
    if (!(camera instanceof THREE.PerspectiveCamera) || width <= 0 || height <= 0) return
    camera.zoom = Math.min(1, width / height)
    camera.updateProjectionMatrix()
    invalidate()
    return () => {
      camera.zoom = 1
      camera.updateProjectionMatrix()
    }
  }, [camera, width, height, invalidate])
}
