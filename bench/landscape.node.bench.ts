// Bench: loss-landscape grids in Node on the tfjs wasm and cpu backends. For the spirals MLP and the 28×28 image MLP,
// side by side on the same backend: one forward pass per point vs the stacked batched pass vs the affine-plane batched
// pass (ratios vs per point), whole 51×51 grids, 201×201 grids where they take seconds, and the Hessian power
// iteration. Prints; asserts only that the three passes agree. About 5 min in all on the shared 2-core machine (load ~8).
import { describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { useBackend } from '../src/tensor/backend.ts'
import { describeResult, landscapeBench, type LandscapeBenchOptions } from './landscapeBenchCase.ts'

const CASES: ({ backend: 'wasm' | 'cpu'; dataset: 'spirals' | 'fashion' } & LandscapeBenchOptions)[] = [
  { backend: 'wasm', dataset: 'spirals', samples: 40, stackedGrid: true, with201: true },
  { backend: 'wasm', dataset: 'fashion', samples: 40, stackedGrid: true, with201: true },
  // tanh costs as much per activation as the image model's whole affine first layer on wasm: ReLU shows the method's reach
  { backend: 'wasm', dataset: 'fashion', activation: 'relu', samples: 40, stackedGrid: false, with201: true },
  { backend: 'cpu', dataset: 'spirals', samples: 20, stackedGrid: true, with201: false },
  // on the pure-JS backend one image pass is 12.5 M multiply-adds: the stacked 51×51 grid alone would take minutes
  { backend: 'cpu', dataset: 'fashion', samples: 10, rounds: 3, stackedGrid: false, with201: false },
]

describe('landscape in Node: per point vs stacked vs affine plane', () => {
  for (const { backend, dataset, ...options } of CASES) {
    it(`prints the figures for the ${dataset} MLP (${options.activation ?? 'tanh'}) on tfjs-${backend}`, async () => {
      tf.env().set('IS_TEST', true)
      await useBackend(backend)
      const r = await landscapeBench(dataset, 'mlp', options)
      console.log(describeResult(`node tfjs-${backend}`, r))
      expect(r.worstDifference).toBeLessThan(1e-4)
    })
  }
})
