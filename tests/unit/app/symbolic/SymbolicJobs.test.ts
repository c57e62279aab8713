// The page's job bookkeeping, with fake workers: a new job on a lane terminates the running one and its late answer
// is dropped; an idle worker is reused; a crashed worker reports at the input and is replaced next time.
import { describe, expect, it } from 'vitest'
import { SymbolicJobs, type WorkerLike } from '../../../../src/app/symbolic/SymbolicJobs.ts'
import type { SymbolicOutcome, SymbolicRequest, SymbolicResponse } from '../../../../src/app/symbolic/symbolicProtocol.ts'

class FakeWorker implements WorkerLike {
  readonly posted: SymbolicRequest[] = []
  terminated = false
  onmessage: WorkerLike['onmessage'] = null
  onerror: WorkerLike['onerror'] = null
  postMessage(message: SymbolicRequest) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  answer(response: SymbolicResponse) {
    this.onmessage?.({ data: response } as MessageEvent<SymbolicResponse>)
  }
  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent)
  }
}

function setup() {
  const workers: FakeWorker[] = []
  const jobs = new SymbolicJobs(() => {
    const w = new FakeWorker()
    workers.push(w)
    return w
  })
  const outcomes: [string, SymbolicOutcome][] = []
  const run = (lane: string, text: string) => jobs.run(lane, text, ['x', 'y'], 2_000_000, (o) => outcomes.push([text, o]))
  return { jobs, workers, outcomes, run }
}

const failure = (id: number, message: string): SymbolicResponse => ({ id, ok: false, message, budgetExceeded: false })

describe('SymbolicJobs', () => {
  it('posts the text, the variables and the budget to a worker it starts on first use', () => {
    const { workers, run, jobs } = setup()
    expect(workers).toHaveLength(0)
    run('f', 'sin(x)')
    expect(workers).toHaveLength(1)
    expect(workers[0]!.posted).toEqual([{ id: 1, text: 'sin(x)', variables: ['x', 'y'], budget: 2_000_000 }])
    expect(jobs.busy('f')).toBe(true)
  })

  it('a new job on the same lane terminates the running worker; the stale answer is never delivered', () => {
    const { workers, outcomes, run, jobs } = setup()
    run('f', 'slow')
    run('f', 'quick')
    expect(workers).toHaveLength(2)
    expect(workers[0]!.terminated).toBe(true)
    workers[0]!.answer(failure(1, 'stale'))
    expect(outcomes).toEqual([])
    workers[1]!.answer(failure(2, 'fresh'))
    expect(outcomes).toEqual([['quick', { ok: false, message: 'fresh', budgetExceeded: false }]])
    expect(jobs.busy('f')).toBe(false)
  })

  it('drops an answer whose id is not the running job, and reuses an idle worker', () => {
    const { workers, outcomes, run } = setup()
    run('f', 'a')
    workers[0]!.answer(failure(99, 'not mine'))
    expect(outcomes).toEqual([])
    workers[0]!.answer(failure(1, 'done'))
    run('f', 'b')
    expect(workers).toHaveLength(1)
    expect(workers[0]!.posted.map((p) => p.text)).toEqual(['a', 'b'])
  })

  it('lanes are independent: a job for g does not cancel the one for f', () => {
    const { workers, outcomes, run } = setup()
    run('f', 'a')
    run('g', 'b')
    expect(workers.map((w) => w.terminated)).toEqual([false, false])
    workers[1]!.answer(failure(2, 'g done'))
    workers[0]!.answer(failure(1, 'f done'))
    expect(outcomes.map(([t]) => t)).toEqual(['b', 'a'])
  })

  it('cancel and dispose terminate running workers without an answer', () => {
    const { workers, outcomes, run, jobs } = setup()
    run('f', 'a')
    jobs.cancel('f')
    expect(workers[0]!.terminated).toBe(true)
    run('g', 'b')
    jobs.dispose()
    expect(workers[1]!.terminated).toBe(true)
    workers[1]!.answer(failure(2, 'late'))
    expect(outcomes).toEqual([])
    run('g', 'c') // still usable
    expect(workers).toHaveLength(3)
  })

  it('a worker that fails reports the error to the running job and is replaced by the next one', () => {
    const { workers, outcomes, run } = setup()
    run('f', 'a')
    workers[0]!.fail('out of memory')
    expect(outcomes).toEqual([['a', { ok: false, message: 'the symbolic worker failed: out of memory', budgetExceeded: false }]])
    expect(workers[0]!.terminated).toBe(true)
    run('f', 'b')
    expect(workers).toHaveLength(2)
  })
})
