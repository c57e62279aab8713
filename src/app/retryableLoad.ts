// A lazily loaded module that can be asked for again after it failed. React's `use` needs the same promise on every
// render, so a loader caches it; a cached rejection would then make a failed chunk fail forever (the network came
// back, yet Retry shows the old error). The failed promise cannot simply be forgotten when it rejects either: React
// re-renders the suspended component, would get a fresh promise, and the error would never reach the error boundary.
// So the rejection is kept, as a ChunkLoadError whose retry() forgets it; the boundary's Retry button calls that and
// then remounts the scene, which loads the module again.

/** A module that did not load (network down, a deploy replaced the chunk): told apart from a scene that threw. */
export class ChunkLoadError extends Error {
  /** What went wrong, without the "could not be loaded" around it (the browser's message). */
  readonly reason: string

  constructor(
    what: string,
    cause: unknown,
    /** Forgets the failed load, so the next request loads the module again. */
    readonly retry: () => void,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super(`${what} could not be loaded: ${reason}`, { cause })
    this.name = 'ChunkLoadError'
    this.reason = reason
  }
}

/** `what` names the module in the error ("The scene 'Jacobian of a 2D map'"). */
export function retryableLoad<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () => {
    if (pending) return pending
    const attempt: Promise<T> = load().catch((cause: unknown) => {
      throw new ChunkLoadError(what, cause, () => {
        if (pending === attempt) pending = null
      })
    })
    pending = attempt
    return attempt
  }
}

/** The same, one cache entry per key (one per scene). */
export function retryableLoadByKey<K, T>(what: (key: K) => string, load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaders = new Map<K, () => Promise<T>>()
  return (key) => {
    let loader = loaders.get(key)
    if (!loader) {
      loader = retryableLoad(what(key), () => load(key))
      loaders.set(key, loader)
    }
    return loader()
  }
}
