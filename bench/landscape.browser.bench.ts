// Bench: loss-landscape grids in real Chromium on the tfjs webgl backend (SwiftShader here: a software GPU): one
// forward pass per point vs the stacked batched pass vs the affine-plane batched pass, interleaved on the same backend,
// 51×51 grids, and the Hessian power iteration (the 201×201 grid is timed in Node: on SwiftShader it takes minutes). Prints the renderer, so a figure is never mistaken for a real GPU's.
import { describe, expect, it } from 'vitest'
import { useBackend } from '../src/tensor/backend.ts'
import { describeResult, landscapeBench, type LandscapeBenchOptions } from './landscapeBenchCase.ts'

function renderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2')
  const info = gl?.getExtension('WEBGL_debug_renderer_info')
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown renderer'
}

// One image pass per point costs SwiftShader tens of ms: fewer samples and rounds, and no whole stacked 51×51 grid.
const CASES: ({ dataset: 'spirals' | 'fashion' } & LandscapeBenchOptions)[] = [
  { dataset: 'spirals', samples: 20, rounds: 3, stackedGrid: true },
  { dataset: 'fashion', samples: 10, rounds: 3, stackedGrid: false },
  { dataset: 'fashion', activation: 'relu', samples: 10, rounds: 3, stackedGrid: false },
]

describe('landscape in Chromium: per point vs stacked vs affine plane on webgl', () => {
  for (const { dataset, ...options } of CASES) {
    it(`prints the figures for the ${dataset} MLP (${options.activation ?? 'tanh'})`, async () => {
      const backend = await useBackend('webgl')
      const r = await landscapeBench(dataset, 'mlp', options)
      console.log(describeResult(`chromium ${backend}, ${renderer()}`, r))
      // webgl computes in float32 with its own reduction order: agreement to ~1e-4 (BROWSER.md).
      expect(r.worstDifference).toBeLessThan(1e-3)
    })
  }
})
