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

let loading: Promise<TensorModules> | null = null
/** TF.js and the two autodiff modules, loaded once, with the cpu backend ready. */
export function loadTensorModules(): Promise<TensorModules> {
  loading ??= (async () => {
    const [backend, matrix, network] = await Promise.all([
      import('../../tensor/backend.ts'),
      import('../../tensor/matrixAutodiff.ts'),
      import('../../tensor/networkAutodiff.ts'),
    ])
    await backend.useBackend('cpu')
    return { matrix, network }
  })()
  return loading
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
