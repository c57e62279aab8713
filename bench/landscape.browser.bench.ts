// Bench: loss-landscape grids in real Chromium on the tfjs webgl backend (SwiftShader here: a software GPU):
// a 51×51 grid batched vs one forward pass per point on the same backend (interleaved), and the Hessian power
// iteration (the 201×201 grid is timed in Node: on SwiftShader it takes many minutes). Prints the renderer, so a figure is never mistaken for a real GPU's.
import { describe, expect, it } from 'vitest'
import { useBackend } from '../src/tensor/backend.ts'
import { describeResult, landscapeBench } from './landscapeBenchCase.ts'

function renderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2')
  const info = gl?.getExtension('WEBGL_debug_renderer_info')
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown renderer'
}

describe('landscape in Chromium: batched grid vs per-point on webgl', () => {
  for (const dataset of ['spirals', 'fashion'] as const) {
    it(`prints the figures for the ${dataset} MLP`, async () => {
      const backend = await useBackend('webgl')
      const r = await landscapeBench(dataset, 'mlp', { samples: 20, rounds: 3, with201: false })
      console.log(describeResult(`chromium ${backend}, ${renderer()}`, r))
      // webgl computes in float32 with its own reduction order: agreement to ~1e-4 (BROWSER.md).
      expect(r.worstDifference).toBeLessThan(1e-3)
    })
  }
})
