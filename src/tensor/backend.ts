// Backend selection for TF.js. Importing '@tensorflow/tfjs-backend-wasm' makes wasm the highest-priority backend,
// so nothing may create a tensor before a backend is chosen explicitly and tf.ready() has resolved (BROWSER.md).
import * as tf from '@tensorflow/tfjs'
import type { setWasmPaths } from '@tensorflow/tfjs-backend-wasm'

export type BackendName = 'cpu' | 'wasm' | 'webgl'

export interface BackendOptions {
  /**
   * Browser builds only: where the wasm binaries are served, e.g. { 'tfjs-backend-wasm.wasm': url, … } from vite's
   * `?url` imports, or a folder prefix. In Node the wasm backend finds them in node_modules by itself.
   */
  readonly wasmPaths?: Parameters<typeof setWasmPaths>[0]
}

/**
 * Makes `name` the active backend and waits until it is ready. Returns the backend actually in use.
 * The wasm backend module is loaded on demand, so apps that never ask for it do not pay for it.
 */
export async function useBackend(name: BackendName, options: BackendOptions = {}): Promise<string> {
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm')
    if (options.wasmPaths !== undefined) wasm.setWasmPaths(options.wasmPaths)
  }
  const ok = await tf.setBackend(name)
  if (!ok) throw new Error(`TF.js backend '${name}' could not be initialised; 'cpu' always works`)
  await tf.ready()
  return tf.getBackend()
}

/** Tries each backend in order and keeps the first that initialises (e.g. ['webgl', 'wasm', 'cpu']). */
export async function useFirstBackend(names: readonly BackendName[], options: BackendOptions = {}): Promise<string> {
  for (const name of names) {
    try {
      return await useBackend(name, options)
    } catch {
      // try the next one
    }
  }
  throw new Error(`none of the TF.js backends ${names.join(', ')} could be initialised`)
}
