// The scene's end of the landscape protocol: a module Web Worker that owns TF.js (the default), or, where a browser
// has no Worker or no OffscreenCanvas (TF.js's webgl in a worker draws into one), the same host on the main thread,
// loaded on demand and yielding a frame between chunks. Nothing here imports TF.js: the page's own TF.js engine is
// never created on the worker path.
import type { HostKind, LandscapeEvent, LandscapeRequest } from './landscapeProtocol.ts'

export interface LandscapeChannel {
  readonly kind: HostKind
  send(request: LandscapeRequest): void
  /** Stops everything: the worker is terminated (its GPU context and tensors go with it). */
  dispose(): void
}

export interface ChannelHandlers {
  readonly onEvent: (event: LandscapeEvent) => void
  /** The host itself broke (the worker script failed to load or threw outside a run): a sentence for the user. */
  readonly onFailure: (message: string) => void
}

/** Whether this browser can run the landscape in a worker with TF.js's webgl backend (module workers, OffscreenCanvas). */
export function workerSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined'
}

export function openLandscapeChannel(handlers: ChannelHandlers, prefer: HostKind = workerSupported() ? 'worker' : 'main thread'): LandscapeChannel {
  return prefer === 'worker' ? workerChannel(handlers) : mainThreadChannel(handlers)
}

function workerChannel({ onEvent, onFailure }: ChannelHandlers): LandscapeChannel {
  // vite turns this pattern into a separate module chunk served from our origin (the CSP's worker-src 'self').
  const worker = new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module', name: 'landscape' })
  worker.onmessage = (e: MessageEvent<LandscapeEvent>) => onEvent(e.data)
  worker.onerror = (e) => {
    e.preventDefault()
    onFailure(`the TF.js worker failed: ${e.message || 'its script could not be loaded'}`)
  }
  worker.onmessageerror = () => onFailure('the TF.js worker sent a message that could not be read')
  return {
    kind: 'worker',
    send: (request) => worker.postMessage(request),
    dispose: () => worker.terminate(),
  }
}

function mainThreadChannel({ onEvent, onFailure }: ChannelHandlers): LandscapeChannel {
  let disposed = false
  const host = (async () => {
    const [{ LandscapeHost }, { WASM_PATHS }] = await Promise.all([import('./landscapeHost.ts'), import('./wasmPaths.ts')])
    return new LandscapeHost({
      kind: 'main thread',
      // Same semantics as the worker: the receiver owns the arrays (nothing is reused by the host after posting).
      post: (event) => {
        if (!disposed) onEvent(event)
      },
      yieldToPage: () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
      backendOptions: { wasmPaths: WASM_PATHS },
    })
  })()
  host.catch((e: unknown) => onFailure(`TF.js could not be loaded: ${e instanceof Error ? e.message : String(e)}`))
  return {
    kind: 'main thread',
    send: (request) => void host.then((h) => h.handle(request), () => undefined),
    dispose: () => {
      disposed = true
      void host.then((h) => h.dispose(), () => undefined)
    },
  }
}
