// Bench: loss-landscape grids in Node on the tfjs wasm and cpu backends: 51×51 batched vs one forward pass per point
// on the same backend, the 201×201 grid (wasm), and the Hessian power iteration. Prints; asserts only agreement.
// The image model runs on wasm only: on the pure-JS cpu backend its 51×51 grid alone takes minutes.
import { describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { useBackend } from '../src/tensor/backend.ts'
import { describeResult, landscapeBench } from './landscapeBenchCase.ts'

const CASES = [
  { backend: 'wasm', dataset: 'spirals', with201: true, samples: 40 },
  { backend: 'wasm', dataset: 'fashion', with201: false, samples: 40 },
  { backend: 'cpu', dataset: 'spirals', with201: false, samples: 10 },
] as const

describe('landscape in Node: batched grid vs per-point', () => {
  for (const c of CASES) {
    it(`prints the figures for the ${c.dataset} MLP on tfjs-${c.backend}`, async () => {
      tf.env().set('IS_TEST', true)
      await useBackend(c.backend)
      const r = await landscapeBench(c.dataset, 'mlp', { samples: c.samples, with201: c.with201 })
      console.log(describeResult(`node tfjs-${c.backend}`, r))
      expect(r.worstDifference).toBeLessThan(1e-4)
    })
  }
})
