// The symbolic worker: differentiates off the page's thread (see runSymbolicJob.ts). One job at a time; the page
// terminates the worker to abandon a job (SymbolicJobs.ts), so a stale job never delays the next one.
import { runSymbolicJob } from './runSymbolicJob.ts'
import type { SymbolicRequest, SymbolicResponse } from './symbolicProtocol.ts'

// The project type-checks against the DOM library, whose `self` is a Window; in a dedicated worker it is the worker's
// scope, with a one-argument postMessage.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SymbolicRequest>) => void) | null
  postMessage(message: SymbolicResponse): void
}

scope.onmessage = (event) => scope.postMessage(runSymbolicJob(event.data))
