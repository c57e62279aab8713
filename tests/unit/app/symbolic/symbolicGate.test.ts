// The fast path vs the worker path, supersession and error propagation, with a fake job runner that runs the worker's
// job (runSymbolicJob) when told to.
import { describe, expect, it } from 'vitest'
import { FAST_PATH_BUDGET, SymbolicGate, type JobRunner } from '../../../../src/app/symbolic/symbolicGate.ts'
import { runSymbolicJob } from '../../../../src/app/symbolic/runSymbolicJob.ts'
import type { SymbolicOutcome } from '../../../../src/app/symbolic/symbolicProtocol.ts'
import { hessian, parse, toText } from '../../../../src/math/expr/index.ts'
import { createdNodes } from '../../../../src/math/expr/intern.ts'

interface Job {
  readonly lane: string
  readonly text: string
  readonly budget: number
  readonly done: (o: SymbolicOutcome) => void
}

function setup(variables: readonly string[] = ['x', 'y']) {
  const jobs: Job[] = []
  const cancelled: string[] = []
  const runner: JobRunner = {
    run: (lane, text, _variables, budget, done) => void jobs.push({ lane, text, budget, done }),
    cancel: (lane) => void cancelled.push(lane),
  }
  let settled = 0
  const tasks: (() => void)[] = []
  const gate = new SymbolicGate(runner, variables, () => settled++, undefined, undefined, (task) => void tasks.push(task))
  /** Runs the scheduled import slices until none is left; returns how many ran. */
  const drain = () => {
    let n = 0
    while (tasks.length > 0) {
      tasks.shift()!()
      n++
    }
    return n
  }
  const finish = (job: Job) => {
    const { id: _id, ...outcome } = runSymbolicJob({ id: 0, text: job.text, variables, budget: job.budget })
    job.done(outcome)
  }
  return { gate, jobs, cancelled, finish, drain, tasks, settled: () => settled }
}

let fresh = 0
/** A nest too deep for the fast path, with a fresh parameter so no earlier test has memoised it. */
const heavy = (depth = 60) => 'sin('.repeat(depth) + `x*y + c_${++fresh}` + ')'.repeat(depth)

describe('SymbolicGate', () => {
  it('ordinary expressions take the fast path: ready at once, no job, derivatives already memoised', () => {
    const { gate, jobs } = setup()
    const examples = [
      'x^2 + y^2', 'a*sin(b*x)*cos(b*y)', '(a - x)^2 + b*(y - x^2)^2', '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
      'exp(-((x - 1)^2 + (y - 1)^2)) + 0.8*exp(-((x + 1)^2 + y^2)/0.5) - 0.6*exp(-(x^2 + (y + 1.2)^2)/0.3)',
      'x^3 - 3*x*y^2', 'log(1 + exp(-y*(w1*x + w2)))', 'sigmoid(sigmoid(x*y)*2 - 1)', 'sin(sin(sin(sin(sin(x*y)))))',
    ]
    for (const text of examples) {
      const f = parse(text)
      gate.follow('f', f, text)
      expect(gate.status(f)).toEqual({ kind: 'ready', expr: f })
      const before = createdNodes()
      hessian(f, ['x', 'y'])
      expect(createdNodes()).toBe(before)
    }
    expect(jobs).toEqual([])
  })

  it('past the small budget the expression is computing, and the worker gets the full budget', () => {
    const { gate, jobs } = setup()
    const text = heavy()
    const f = parse(text)
    expect(gate.status(f)).toEqual({ kind: 'computing' })
    gate.follow('f', f, text)
    gate.follow('f', f, text) // a second render asks again: still one job
    expect(jobs.map((j) => [j.lane, j.text, j.budget])).toEqual([['f', text, 2_000_000]])
    expect(FAST_PATH_BUDGET).toBeLessThan(2_000_000)
  })

  it("the worker's answer makes it ready, with the derivatives filed: the scene's calls create nothing", () => {
    const { gate, jobs, finish, drain, settled } = setup()
    const text = heavy()
    const f = parse(text)
    gate.follow('f', f, text)
    finish(jobs[0]!)
    // The answer is filed in slices, one task each; until the last, the expression is still computing.
    expect(settled()).toBe(0)
    expect(gate.status(f)).toEqual({ kind: 'computing' })
    expect(drain()).toBeGreaterThan(1)
    expect(settled()).toBe(1)
    const status = gate.status(f)
    expect(status.kind).toBe('ready')
    const before = createdNodes()
    const h = hessian(status.kind === 'ready' ? status.expr : f, ['x', 'y'])
    expect(createdNodes()).toBe(before)
    expect(toText(h[0]![1]!).length).toBeGreaterThan(1000)
  })

  it('typing again supersedes the stale job: it is cancelled and its late answer dropped', () => {
    const { gate, jobs, cancelled, finish, tasks, settled } = setup()
    const slowText = heavy()
    const slow = parse(slowText)
    gate.follow('f', slow, slowText)
    const quick = parse('x*y')
    gate.follow('f', quick, 'x*y')
    expect(cancelled).toEqual(['f'])
    expect(gate.status(quick).kind).toBe('ready')
    finish(jobs[0]!) // the answer arrives anyway
    expect(settled()).toBe(0)
    expect(tasks).toEqual([])
    expect(gate.status(slow)).toEqual({ kind: 'computing' })
    // A second heavy text replaces the first heavy job as well.
    const otherText = heavy()
    gate.follow('f', parse(otherText), otherText)
    gate.follow('f', parse(slowText), slowText)
    expect(cancelled).toEqual(['f', 'f'])
    expect(jobs.map((j) => j.text)).toEqual([slowText, otherText, slowText])
  })

  it('typing while the answer is being filed abandons the import', () => {
    const { gate, jobs, finish, drain, tasks, settled } = setup()
    const text = heavy()
    const f = parse(text)
    gate.follow('f', f, text)
    finish(jobs[0]!)
    expect(tasks).toHaveLength(1) // the first slice ran, the next is scheduled
    gate.follow('f', parse('x + y'), 'x + y')
    expect(drain()).toBe(1) // the scheduled slice sees it was superseded and stops
    expect(settled()).toBe(0)
    expect(gate.status(f)).toEqual({ kind: 'computing' })
  })

  it("the worker's error (past the full budget) becomes the expression's status, without another job", () => {
    const jobs: Job[] = []
    const gate = new SymbolicGate(
      { run: (lane, text, _v, budget, done) => void jobs.push({ lane, text, budget, done }), cancel: () => {} },
      ['x', 'y'],
      () => {},
      100,
      500,
    )
    const text = 'sigmoid('.repeat(30) + 'x*y + q_1' + ')'.repeat(30)
    const f = parse(text)
    gate.follow('f', f, text)
    const { id: _id, ...outcome } = runSymbolicJob({ id: 0, text, variables: ['x', 'y'], budget: jobs[0]!.budget })
    jobs[0]!.done(outcome)
    const status = gate.status(f)
    expect(status.kind).toBe('error')
    expect(status.kind === 'error' && status.message).toMatch(/too large to compute: it needs more than 500 new terms/)
    gate.follow('f', f, text)
    expect(jobs).toHaveLength(1)
  })

  it('a worker failure (not the budget) is shown, and retried when the text is typed again after another', () => {
    const { gate, jobs } = setup()
    const text = heavy()
    const f = parse(text)
    gate.follow('f', f, text)
    jobs[0]!.done({ ok: false, message: 'the symbolic worker failed: script error', budgetExceeded: false })
    expect(gate.status(f)).toEqual({ kind: 'error', message: 'the symbolic worker failed: script error' })
    gate.follow('f', f, text) // the same text, still shown: no new job
    expect(jobs).toHaveLength(1)
    gate.follow('f', parse('x + y'), 'x + y')
    gate.follow('f', f, text) // typed again: a new job
    expect(gate.status(f)).toEqual({ kind: 'computing' })
    expect(jobs).toHaveLength(2)
  })

  it('an expression the fast path rejects for another reason is left to the scene (ready), not sent away', () => {
    const { gate, jobs } = setup(['x'])
    // Not a budget problem: hessian in x of an expression of y only is simply 0.
    const f = parse('y^2')
    expect(gate.status(f).kind).toBe('ready')
    expect(jobs).toEqual([])
  })
})
