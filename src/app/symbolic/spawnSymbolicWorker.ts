// A module worker built by vite from symbolic.worker.ts: in the production build it is a file of our own origin, which
// the Content-Security-Policy's worker-src 'self' allows (vite.config.ts).
import type { WorkerLike } from './SymbolicJobs.ts'

export const spawnSymbolicWorker = (): WorkerLike =>
  new Worker(new URL('./symbolic.worker.ts', import.meta.url), { type: 'module', name: 'symbolic' })
