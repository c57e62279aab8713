// Shared by the swarm benches: one swarm problem (Himmelblau, Adam, 4096 particles on a 64² grid, 500 steps), the
// per-particle float64 reference (one createOptimizer per particle, the compiled exact gradient), and a timer.
import { parse } from '../src/math/expr/index.ts'
import { createOptimizer, gridStarts, testFunction, type OptimizerOptions } from '../src/math/optim/index.ts'
import { buildRaceSurface } from '../scenes/lab/descent/raceSurface.ts'
import { Swarm } from '../src/tensor/swarm.ts'

export const PARTICLES = 4096
export const STEPS = 500
export const WARMUP_STEPS = 5
export const OPTIONS: OptimizerOptions = { lr: 0.05 }

const himmelblau = testFunction('himmelblau')
export const surface = buildRaceSurface(parse(himmelblau.expression), {}, himmelblau.domain, himmelblau.minima)
export const starts = gridStarts(PARTICLES, himmelblau.domain)

/** The float64 path: K independent optimizers, each stepped with the exact gradient. Returns ms per step (all K). */
export function perParticleMsPerStep(): { msPerStep: number; positions: Float64Array } {
  const out = new Float64Array(starts.length)
  const g = new Float64Array(2)
  const begin = performance.now()
  for (let k = 0; k < PARTICLES; k++) {
    const opt = createOptimizer('adam', OPTIONS)
    const theta = Float64Array.of(starts[2 * k]!, starts[2 * k + 1]!)
    for (let s = 0; s < STEPS; s++) {
      surface.grad(theta[0]!, theta[1]!, g)
      opt.step(theta, g)
    }
    out[2 * k] = theta[0]!
    out[2 * k + 1] = theta[1]!
  }
  return { msPerStep: (performance.now() - begin) / STEPS, positions: out }
}

/** Largest |batched − float64| over all coordinates, relative to max(1, |θ|): the two paths must agree. */
export function worstRelativeDifference(batched: ArrayLike<number>, reference: Float64Array): number {
  let worst = 0
  for (let i = 0; i < reference.length; i++) worst = Math.max(worst, Math.abs(batched[i]! - reference[i]!) / Math.max(1, Math.abs(reference[i]!)))
  return worst
}

export const swarmConfig = { gradient: surface.gradientExprs, params: {}, optimizer: 'adam' as const, options: OPTIONS }

/** The batched swarm on the current tfjs backend: a warm-up run first (each kernel compiles on first use), then the timed run. */
export async function batchedMsPerStep(): Promise<{ msPerStep: number; positions: Float32Array }> {
  const warm = new Swarm(swarmConfig, starts)
  warm.step(WARMUP_STEPS)
  await warm.positions()
  warm.dispose()
  const swarm = new Swarm(swarmConfig, starts)
  const begin = performance.now()
  swarm.step(STEPS)
  const positions = await swarm.positions() // a read-back: waits for the backend to finish
  const msPerStep = (performance.now() - begin) / STEPS
  swarm.dispose()
  return { msPerStep, positions }
}
