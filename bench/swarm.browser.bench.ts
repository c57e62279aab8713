// Bench: one optimizer step for a 4096-particle swarm (Himmelblau, Adam, 500 steps) in real Chromium:
//   batched: the tfjs Swarm on the webgl backend (SwiftShader here: a software GPU), all particles as one [K, 2] tensor;
//   per-particle: 4096 float64 optimizers from src/math/optim, each stepped with the compiled exact gradient.
// Both run in the same page, one after the other; prints ms per step and the ratio. Asserts only that the two paths
// agree (within float32 tolerance for the particles that settle), never anything about time.
import { describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { useBackend } from '../src/tensor/backend.ts'
import { PARTICLES, STEPS, batchedMsPerStep, perParticleMsPerStep, worstRelativeDifference } from './swarmBenchCase.ts'

describe('swarm: batched tfjs-webgl vs per-particle float64', () => {
  it(`prints ms per step for ${PARTICLES} particles over ${STEPS} steps`, async () => {
    const backend = await useBackend('webgl')
    const { msPerStep: batchedMs, positions: batched } = await batchedMsPerStep()

    const reference = perParticleMsPerStep()
    const agreeing = agreeingFraction(batched, reference.positions)
    console.log(
      `[swarm] ${PARTICLES} particles × ${STEPS} steps (Adam on Himmelblau), Chromium ${backend}: ` +
        `batched ${batchedMs.toFixed(2)} ms/step, per-particle float64 ${reference.msPerStep.toFixed(2)} ms/step, ` +
        `ratio per-particle / batched = ${(reference.msPerStep / batchedMs).toFixed(2)}× ` +
        `(worst relative difference ${worstRelativeDifference(batched, reference.positions).toExponential(1)}, ` +
        `${(100 * agreeing).toFixed(1)}% of coordinates within 1e-2); live tensors ${tf.memory().numTensors}`,
    )
    expect(agreeing).toBeGreaterThan(0.95)
  })
})

/** Fraction of coordinates within 1e-2 (relative): a few particles near a ridge may fall into another basin in float32. */
function agreeingFraction(batched: ArrayLike<number>, reference: Float64Array): number {
  let ok = 0
  for (let i = 0; i < reference.length; i++) if (Math.abs(batched[i]! - reference[i]!) <= 1e-2 * Math.max(1, Math.abs(reference[i]!))) ok++
  return ok / reference.length
}
