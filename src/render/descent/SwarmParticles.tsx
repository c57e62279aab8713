// Swarm mode on the surface: the K particles as one THREE.Points (one draw call) whose positions are rewritten in
// place from the swarm's Float32Array, and the START points as a second cloud on the floor of the plot box, coloured
// by the basin their particle ends in (grey while unresolved): the basins of attraction as a map under the surface.
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import type { Store } from '../../state/store.ts'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { OVERLAY_RENDER_ORDER } from '../index.ts'
import { basinColour } from '../../style/racerColours.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { TRAIL_LIFT } from './RaceTrails.tsx'

export interface SwarmView {
  readonly version: Store<number>
  readonly positions: Float32Array
  readonly starts: Float64Array
  readonly basins: Int32Array
}

/**
 * Basin colours as RGB in three's linear working space (vertex colours are not converted from sRGB the way a material
 * colour set from a CSS string is), computed once per basin index: thousands of start points share a handful of colours.
 */
const BASIN_RGB = new Map<number, readonly [number, number, number]>()
function basinRgb(index: number): readonly [number, number, number] {
  let rgb = BASIN_RGB.get(index)
  if (!rgb) {
    const colour = new THREE.Color(basinColour(index))
    BASIN_RGB.set(index, (rgb = [colour.r, colour.g, colour.b]))
  }
  return rgb
}

/** Where a point that cannot be drawn (diverged, off the domain) goes: beyond the camera's far plane, so it is clipped. */
const HIDDEN_Z = 1e4

export function SwarmParticles({ swarm, f }: { swarm: SwarmView; f: (x: number, y: number) => number }) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const clouds = useMemo(() => {
    const particles = new THREE.Points(new THREE.BufferGeometry(), new THREE.PointsMaterial({ color: '#ffffff', size: 3, sizeAttenuation: false, depthWrite: false, transparent: true, opacity: 0.9 }))
    const starts = new THREE.Points(new THREE.BufferGeometry(), new THREE.PointsMaterial({ size: 4, sizeAttenuation: false, vertexColors: true }))
    particles.frustumCulled = false
    starts.frustumCulled = false
    particles.renderOrder = OVERLAY_RENDER_ORDER + 1
    const group = new THREE.Group()
    group.add(particles, starts)
    return { group, particles, starts }
  }, [])
  useEffect(() => () => disposeObjectTree(clouds.group), [clouds])

  useEffect(() => {
    const point = new THREE.Vector3()
    let particleBuffer = new Float32Array(0)
    let startBuffer = new Float32Array(0)
    let colourBuffer = new Float32Array(0)
    const redraw = () => {
      const count = swarm.positions.length / 2
      if (particleBuffer.length !== 3 * count) {
        // A new run with another particle count: new buffers (not per frame: once per run).
        particleBuffer = new Float32Array(3 * count)
        startBuffer = new Float32Array(3 * count)
        colourBuffer = new Float32Array(3 * count)
        clouds.particles.geometry.setAttribute('position', new THREE.BufferAttribute(particleBuffer, 3).setUsage(THREE.DynamicDrawUsage))
        clouds.starts.geometry.setAttribute('position', new THREE.BufferAttribute(startBuffer, 3))
        clouds.starts.geometry.setAttribute('color', new THREE.BufferAttribute(colourBuffer, 3).setUsage(THREE.DynamicDrawUsage))
      }
      const { domain, zRange } = transform
      for (let k = 0; k < count; k++) {
        const x = swarm.positions[2 * k]!
        const y = swarm.positions[2 * k + 1]!
        const z = f(x, y)
        const inside = Number.isFinite(z) && x >= domain.xMin && x <= domain.xMax && y >= domain.yMin && y <= domain.yMax
        transform.toWorld(x, y, Math.min(zRange.max, Math.max(zRange.min, z)), point)
        particleBuffer[3 * k] = inside ? point.x : 0
        particleBuffer[3 * k + 1] = inside ? point.y : 0
        particleBuffer[3 * k + 2] = inside ? point.z + TRAIL_LIFT : HIDDEN_Z
        transform.toWorld(swarm.starts[2 * k]!, swarm.starts[2 * k + 1]!, zRange.min, point)
        startBuffer[3 * k] = point.x
        startBuffer[3 * k + 1] = point.y
        startBuffer[3 * k + 2] = point.z + 0.002
        const rgb = basinRgb(swarm.basins[k] ?? -1)
        colourBuffer[3 * k] = rgb[0]
        colourBuffer[3 * k + 1] = rgb[1]
        colourBuffer[3 * k + 2] = rgb[2]
      }
      for (const geometry of [clouds.particles.geometry, clouds.starts.geometry]) {
        for (const name of ['position', 'color']) {
          const attribute = geometry.getAttribute(name) as THREE.BufferAttribute | undefined
          if (attribute) attribute.needsUpdate = true
        }
        geometry.setDrawRange(0, count)
      }
      invalidate()
    }
    redraw()
    return swarm.version.subscribe(redraw)
  }, [swarm, f, transform, clouds, invalidate])

  return <primitive object={clouds.group} />
}
