// The gradient field of f as ONE InstancedMesh (a single draw call for all n² arrows). The field is computed batched
// (createGradientFieldSampler: the symbolic gradient compiled once, evaluated over the grid in one pass per node) and
// written straight into the instance matrix and colour buffers (writeArrowInstances). A parameter or domain change
// re-fills the buffers and requests one frame; nothing is allocated per arrow and nothing runs per frame.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import type { Expr } from '../../math/expr/index.ts'
import { usePlotTransform } from '../index.ts'
import { createGradientFieldSampler, type GradientFieldSamples } from '../../math/instruments/gradientField.ts'
import { writeArrowInstances, type ArrowPlacement } from '../../math/instruments/arrowInstances.ts'
import { createFlatArrowGeometry } from './arrowGeometry.ts'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface GradientFieldProps {
  readonly f: Expr
  readonly params: Readonly<Record<string, number>>
  /** Arrows per side (n × n arrows). */
  readonly n: number
  readonly placement?: ArrowPlacement
  /** Called after each refill with the samples (e.g. for readouts); do not keep the object, it is reused. */
  readonly onSampled?: (field: GradientFieldSamples) => void
}

export const GRADIENT_FIELD_NAME = 'gradient-field'

export function GradientField({ f, params, n, placement = 'floor', onSampled }: GradientFieldProps) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const sampler = useMemo(() => createGradientFieldSampler(f), [f])
  const geometry = useMemo(() => createFlatArrowGeometry(), [])
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ side: THREE.DoubleSide, polygonOffset: true, polygonOffsetFactor: -1, polygonOffsetUnits: -2 }),
    [],
  )
  const mesh = useMemo(() => {
    const instanced = new THREE.InstancedMesh(geometry, material, n * n)
    instanced.instanceColor = new THREE.InstancedBufferAttribute(new Float32Array(n * n * 3), 3)
    instanced.frustumCulled = false // the instances span the plot box, not the unit arrow's bounds
    instanced.name = GRADIENT_FIELD_NAME
    return instanced
  }, [geometry, material, n])
  const samples = useRef<GradientFieldSamples | undefined>(undefined)
  const onSampledRef = useRef(onSampled)
  onSampledRef.current = onSampled

  useLayoutEffect(() => {
    samples.current = sampler.sample(params, transform.domain, n, samples.current)
    writeArrowInstances(samples.current, transform, placement, mesh.instanceMatrix.array as Float32Array, mesh.instanceColor!.array as Float32Array)
    mesh.instanceMatrix.needsUpdate = true
    mesh.instanceColor!.needsUpdate = true
    onSampledRef.current?.(samples.current)
    invalidate()
  }, [sampler, params, transform, n, placement, mesh, invalidate])

  useEffect(() => () => mesh.dispose(), [mesh])
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  return <primitive object={mesh} renderOrder={INSTRUMENT_ORDER.arrows} />
}
