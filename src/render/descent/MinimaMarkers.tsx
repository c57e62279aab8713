// The known minima of the surface, as small white diamonds on the surface with a thin pin down to the floor, so a
// minimum hidden in a valley still shows where it is. Drawn over everything (they are few and small).
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { OVERLAY_RENDER_ORDER } from '../index.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'

export const MINIMUM_COLOUR = '#ffffff'

export function MinimaMarkers({ minima, f }: { minima: readonly (readonly [number, number])[]; f: (x: number, y: number) => number }) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const group = useMemo(() => {
    const root = new THREE.Group()
    const { zRange, domain } = transform
    const p = new THREE.Vector3()
    const floor = new THREE.Vector3()
    for (const [x, y] of minima) {
      const z = f(x, y)
      if (!Number.isFinite(z) || x < domain.xMin || x > domain.xMax || y < domain.yMin || y > domain.yMax) continue
      transform.toWorld(x, y, Math.min(zRange.max, Math.max(zRange.min, z)), p)
      transform.toWorld(x, y, zRange.min, floor)
      const marker = new THREE.Mesh(
        new THREE.OctahedronGeometry(0.028),
        new THREE.MeshBasicMaterial({ color: MINIMUM_COLOUR, depthTest: false, depthWrite: false, transparent: true, opacity: 0.95 }),
      )
      marker.position.copy(p)
      marker.position.z += 0.02
      marker.renderOrder = OVERLAY_RENDER_ORDER + 1
      const pin = new THREE.Line(
        new THREE.BufferGeometry().setFromPoints([floor, p]),
        new THREE.LineDashedMaterial({ color: MINIMUM_COLOUR, dashSize: 0.03, gapSize: 0.02, transparent: true, opacity: 0.6, depthWrite: false }),
      )
      pin.computeLineDistances()
      pin.renderOrder = OVERLAY_RENDER_ORDER
      marker.name = `minimum(${x}, ${y})`
      root.add(marker, pin)
    }
    return root
  }, [minima, f, transform])
  useEffect(() => {
    invalidate()
    return () => disposeObjectTree(group)
  }, [group, invalidate])
  return <primitive object={group} />
}
