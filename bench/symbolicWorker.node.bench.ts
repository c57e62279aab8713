// Main-thread blocking for a heavy expression, before (all symbolic work on the page's thread) and after (the fast
// path gives up at FAST_PATH_BUDGET, the worker computes, the page imports its DAG and the scene's calls are memo
// lookups). Each case runs in fresh copies of the math core (vi.resetModules), so no memo carries over: one copy plays
// the page, another the worker. Also compares the two ways to ship the result: re-parsing printed text vs the DAG.
// Printed, no assertions on time.
import { test, vi } from 'vitest'

type Core = typeof import('../src/math/expr/index.ts')
/**
 * A fresh copy of the math core, warmed up on small expressions of other shapes (the page's copy has run before the
 * heavy expression arrives; a cold copy would time the JIT, not the work).
 */
async function freshCore(): Promise<Core> {
  vi.resetModules()
  const m = await import('../src/math/expr/index.ts')
  for (const [i, text] of ['sin(sin(sin(sin(u*v))))', 'sigmoid(sigmoid(sigmoid(u*v)))', 'u^(u^(u^v))', 'exp(u)*cos(v)/(1 + u^2)'].entries()) {
    const f = m.parse(text.replace(/u/g, `u${i}`).replace(/v/g, `v${i}`))
    const vars = [`u${i}`, `v${i}`]
    m.hessian(f, vars)
    void m.differentiate(f, vars[0]!, { partial: true }).steps
    m.toText(m.importDerivatives(structuredClone(m.exportDerivatives(f, vars))))
  }
  return m
}
const ms = (t0: number) => performance.now() - t0
const nest = (fn: string, depth: number) => `${fn}(`.repeat(depth) + 'x*y' + ')'.repeat(depth)
const VARS = ['x', 'y']

/** What a surface scene asks of the math core once the expression is ready: Hessian (with gradient) and x-steps. */
function sceneWork(m: Core, f: ReturnType<Core['parse']>) {
  m.hessian(f, VARS)
  void m.differentiate(f, 'x', { partial: true }).steps
  void m.differentiate(f, 'y', { partial: true }).steps
}

async function measure(text: string, fastBudget: number, importSlice: number) {
  // Before: everything on the page.
  const page0 = await freshCore()
  let t0 = performance.now()
  sceneWork(page0, page0.parse(text))
  const syncMs = ms(t0)
  // After: the worker's share …
  const worker = await freshCore()
  t0 = performance.now()
  const wf = worker.parse(text)
  worker.hessian(wf, VARS)
  const dag = structuredClone(worker.exportDerivatives(wf, VARS))
  const workerMs = ms(t0)
  // … and the page's: the fast path that gives up, the import, the scene's (now memoised) calls.
  const page = await freshCore()
  const f = page.parse(text)
  t0 = performance.now()
  try {
    page.hessian(f, VARS, fastBudget)
  } catch (e) {
    if (!(e instanceof page.DerivativeBudgetError)) throw e
  }
  const fastMs = ms(t0)
  // The import runs in slices, one task each in the app: its longest slice is what blocks the page at a time.
  const slices = page.importDerivativesInSlices(dag, importSlice)
  let importMs = 0
  let sliceMs = 0
  let step: IteratorResult<void, ReturnType<Core['parse']>>
  do {
    t0 = performance.now()
    step = slices.next()
    sliceMs = Math.max(sliceMs, ms(t0))
    importMs += ms(t0)
  } while (!step.done)
  const g = step.value
  t0 = performance.now()
  sceneWork(page, g)
  const lookupMs = ms(t0)
  // The alternative transfer: the gradient and Hessian printed, re-parsed on the page.
  const h = worker.hessian(wf, VARS)
  const texts = [...worker.gradient(wf, VARS), h[0]![0]!, h[0]![1]!, h[1]![1]!].map(worker.toText)
  const other = await freshCore()
  t0 = performance.now()
  texts.forEach((s) => other.parse(s))
  const reparseMs = ms(t0)
  const textChars = texts.reduce((n, s) => n + s.length, 0)
  return { syncMs, workerMs, fastMs, importMs, sliceMs, lookupMs, reparseMs, dagChars: JSON.stringify(dag).length, textChars }
}

test('symbolic worker: main-thread blocking, sync vs worker', async () => {
  const { FAST_PATH_BUDGET, IMPORT_SLICE } = await import('../src/app/symbolic/symbolicGate.ts')
  const rows: string[] = []
  for (const [name, text] of [['sin ×40', nest('sin', 40)], ['sin ×90', nest('sin', 90)], ['sigmoid ×40', nest('sigmoid', 40)], ['x^x^… ×40', 'x^('.repeat(40) + 'x' + ')'.repeat(40)]] as const) {
    // Best of three runs per column (each in fresh cores): the machine is shared, and the least disturbed run is the
    // best estimate of the work itself.
    const runs: Awaited<ReturnType<typeof measure>>[] = []
    for (let r = 0; r < 3; r++) runs.push(await measure(text, FAST_PATH_BUDGET, IMPORT_SLICE))
    const best = (k: keyof (typeof runs)[number]) => Math.min(...runs.map((x) => x[k]))
    const after = best('fastMs') + best('importMs') + best('lookupMs')
    const longest = Math.max(best('fastMs'), best('sliceMs'), best('lookupMs'))
    const f = (v: number, w: number, d = 0) => v.toFixed(d).padStart(w)
    rows.push(
      `  ${name.padEnd(12)} ${f(best('syncMs'), 9)} ${f(longest, 12, 1)} ${f(best('syncMs') / longest, 6, 1)}×  ${f(after, 9, 1)}` +
        `   ${f(best('fastMs'), 6, 1)} ${f(best('importMs'), 6, 1)} ${f(best('sliceMs'), 6, 1)} ${f(best('lookupMs'), 6, 1)}` +
        `  ${f(best('workerMs'), 7)}   ${f(best('dagChars'), 9)} ${f(best('textChars'), 9)} ${f(best('reparseMs'), 8)}`,
    )
  }
  console.log(
    [
      '',
      'symbolic worker: milliseconds the page is blocked for one heavy expression (Hessian in x, y + derivation steps)',
      '  expression   before ms  longest task  ratio  total ms   (fast import  slice lookups)  worker ms  DAG chars text chars reparse ms',
      ...rows,
      `  before: all of it on the page. after: the fast path that gives up at ${FAST_PATH_BUDGET} nodes, the import in slices of ${IMPORT_SLICE}`,
      '  (longest = the longest single task), the scene\'s memoised calls. Typesetting and drawing (same before and after) are not',
      '  included. reparse: parsing the printed gradient and Hessian instead of importing the DAG.',
    ].join('\n'),
  )
})
