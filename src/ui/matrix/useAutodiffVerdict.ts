// The TF.js verdict of the identity checker and the backprop scene: loads TF.js on first use (its own chunk, so the
// first paint never waits for it), picks the cpu backend (small matrices: no GPU round trips, and no contention with
// three.js for the one WebGL context), and runs a job whenever it changes. The newest request wins.
import { useEffect, useState } from 'react'

export type AutodiffState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'pending' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string }

type TensorModules = {
  matrix: typeof import('../../tensor/matrixAutodiff.ts')
  network: typeof import('../../tensor/networkAutodiff.ts')
}

/**
 * TF.js and the two autodiff modules (the module loader fetches them once), with the cpu backend made active: another
 * scene (the descent lab's swarm) may have left webgl active, so it is chosen on every run, which costs nothing when
 * it already is.
 */
export async function loadTensorModules(): Promise<TensorModules> {
  const [backend, matrix, network] = await Promise.all([
    import('../../tensor/backend.ts'),
    import('../../tensor/matrixAutodiff.ts'),
    import('../../tensor/networkAutodiff.ts'),
  ])
  await backend.useBackend('cpu')
  return { matrix, network }
}

/**
 * Runs job(modules) whenever the job changes (memoise it on its inputs; null: nothing to check). The result of an
 * outdated run is dropped.
 */
export function useAutodiff<T>(job: ((m: TensorModules) => T) | null): AutodiffState<T> {
  const [state, setState] = useState<AutodiffState<T>>({ status: 'idle' })
  useEffect(() => {
    if (job === null) {
      setState({ status: 'idle' })
      return
    }
    let current = true
    setState({ status: 'pending' })
    loadTensorModules()
      .then((m) => {
        if (current) setState({ status: 'done', value: job(m) })
      })
      .catch((e: unknown) => {
        if (current) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) })
      })
    return () => {
      current = false
    }
  }, [job])
  return state
}
