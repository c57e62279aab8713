// Swarm mode's entry into TF.js, loaded with a dynamic import() so that tfjs (about 230 kB gzip) stays out of the
// first paint: the lab pulls this module in only when swarm mode is switched on.
// The backend is chosen before the first tensor exists (BROWSER.md: importing a backend may change the default):
// webgl on a GPU (SwiftShader here), with cpu as the fallback that always works.
import * as tf from '@tensorflow/tfjs'
import { useFirstBackend, type BackendName } from './backend.ts'
import { Swarm, type SwarmConfig } from './swarm.ts'

export { Swarm, type SwarmConfig }

export interface SwarmSession {
  readonly swarm: Swarm
  /** The backend actually in use ('webgl', or the fallback). */
  readonly backend: string
}

export async function startSwarm(
  config: SwarmConfig,
  starts: Float64Array | Float32Array,
  backends: readonly BackendName[] = ['webgl', 'cpu'],
): Promise<SwarmSession> {
  const backend = tf.getBackend() === backends[0] ? backends[0]! : await useFirstBackend(backends)
  return { swarm: new Swarm(config, starts), backend }
}

/** Live tensors (tf.memory().numTensors): a long run must not grow it (DESIGN.md, Safety). */
export function liveTensorCount(): number {
  return tf.memory().numTensors
}
