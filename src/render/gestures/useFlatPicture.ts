// A flat picture seen from above (the Jacobian's panels) must not be tilted: rotating it only loses it. While a
// component calling this is mounted, the plot's orbit controls keep zoom and pan (wheel and right button; two
// fingers) and drop rotation, so one finger or the left button is free for picking.
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'

interface Rotatable {
  enableRotate: boolean
}

const isRotatable = (controls: unknown): controls is Rotatable =>
  typeof controls === 'object' && controls !== null && typeof (controls as Rotatable).enableRotate === 'boolean'

export function useFlatPicture(): void {
  // PlotControls publishes its OrbitControls as the canvas's default controls (R3F's `controls` slot).
  const controls = useThree((s) => s.controls)
  useEffect(() => {
    if (!isRotatable(controls)) return
    const previous = controls.enableRotate
    controls.enableRotate = false
    return () => {
      controls.enableRotate = previous
    }
  }, [controls])
}
