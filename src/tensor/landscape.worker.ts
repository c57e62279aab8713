// The landscape lab's module Web Worker: TF.js lives here, off the page's main thread, so training, the loss grid and
// the Hessian never hold up a frame. In a worker TF.js's webgl backend draws into an OffscreenCanvas; where that is
// missing it falls back to wasm (its binaries served by vite as assets), then cpu. Between chunks the host yields a
// macrotask so that a cancel message is handled before the next chunk.
import { LandscapeHost } from './landscapeHost.ts'
import { transferablesOf, type LandscapeEvent, type LandscapeRequest } from './landscapeProtocol.ts'
import { WASM_PATHS } from './wasmPaths.ts'

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void
  onmessage: ((event: MessageEvent<LandscapeRequest>) => void) | null
}
const scope = self as unknown as WorkerScope

// A macrotask without setTimeout's 4 ms clamp: a message to ourselves through a channel.
const channel = new MessageChannel()
const waiting: (() => void)[] = []
channel.port1.onmessage = () => waiting.shift()?.()
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve)
    channel.port2.postMessage(null)
  })

const host = new LandscapeHost({
  kind: 'worker',
  post: (event: LandscapeEvent) => scope.postMessage(event, transferablesOf(event)),
  yieldToPage: nextTask,
  backendOptions: { wasmPaths: WASM_PATHS },
})
scope.onmessage = (e) => host.handle(e.data)
