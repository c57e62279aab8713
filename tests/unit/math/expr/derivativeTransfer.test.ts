// Derivative work moved between two realms (as between the symbolic worker and the page): a second, independent copy
// of the math core (its own hash-consing table and memos, loaded with vi.resetModules) receives a DerivativeDag that
// went through structuredClone, and then answers gradient, hessian and the derivation steps without new work.
import { describe, expect, it, vi } from 'vitest'
import * as here from '../../../../src/math/expr/index.ts'
import { createdNodes } from '../../../../src/math/expr/intern.ts'

async function freshRealm() {
  vi.resetModules()
  const expr = await import('../../../../src/math/expr/index.ts')
  const intern = await import('../../../../src/math/expr/intern.ts')
  return { ...expr, createdNodes: intern.createdNodes }
}

const sinNest = (depth: number) => 'sin('.repeat(depth) + 'x*y' + ')'.repeat(depth)

describe('exportDerivatives / importDerivatives', () => {
  it('the receiving realm gets the same gradient, Hessian and steps, creating no node beyond the imported ones', async () => {
    const text = sinNest(30) + ' + a*x^x'
    const f = here.parse(text)
    const h = here.hessian(f, ['x', 'y'])
    const steps = here.differentiate(f, 'x', { partial: true }).steps.map((s) => s.latex)
    const dag = structuredClone(here.exportDerivatives(f, ['x', 'y']))

    const there = await freshRealm()
    expect(there.parse).not.toBe(here.parse) // really a second copy of the math core
    const g = there.importDerivatives(dag)
    expect(there.equals(g, there.parse(text))).toBe(true)
    const before = there.createdNodes()
    const h2 = there.hessian(g, ['x', 'y'])
    const steps2 = there.differentiate(g, 'x', { partial: true }).steps.map((s) => s.latex)
    expect(there.createdNodes() - before).toBe(0)
    expect(h2.map((row) => row.map(there.toText))).toEqual(h.map((row) => row.map(here.toText)))
    expect(steps2).toEqual(steps)
  })

  it('keeps the memo entries the receiver already has, and a node computed there equals the imported one', async () => {
    const f = here.parse('exp(x)*sin(y)')
    here.hessian(f, ['x', 'y'])
    const dag = here.exportDerivatives(f, ['x', 'y'])
    const there = await freshRealm()
    const own = there.parse('exp(x)*sin(y)')
    const fx = there.differentiate(own, 'x').result
    const g = there.importDerivatives(dag)
    expect(g).toBe(own) // hash-consed: the same object
    expect(there.differentiate(g, 'x').result).toBe(fx)
    expect(there.toText(there.differentiate(g, 'y').result)).toBe('exp(x) * cos(y)')
  })

  it('imports in slices: pauses every `slice` nodes and entries, and ends with the same root', async () => {
    const f = here.parse(sinNest(12) + ' * cos(x - y)')
    here.hessian(f, ['x', 'y'])
    const dag = here.exportDerivatives(f, ['x', 'y'])
    const there = await freshRealm()
    const slices = there.importDerivativesInSlices(dag, 10)
    let pauses = 0
    let step = slices.next()
    for (; !step.done; step = slices.next()) pauses++
    expect(pauses).toBe(Math.floor(dag.nodes.length / 10) + Math.floor(dag.derivatives.length / 10))
    expect(step.value).toBe(there.parse(sinNest(12) + ' * cos(x - y)'))
    const before = there.createdNodes()
    there.hessian(step.value, ['x', 'y'])
    expect(there.createdNodes()).toBe(before)
  })

  it('carries −0, NaN and ±∞ literals through structuredClone', async () => {
    const nodes = [here.num(-0), here.num(NaN), here.num(Infinity), here.num(-Infinity)]
    const f = here.call('max', here.call('max', nodes[0]!, nodes[1]!), here.call('max', nodes[2]!, nodes[3]!))
    const dag = structuredClone(here.exportDerivatives(f, ['x']))
    const there = await freshRealm()
    const g = there.importDerivatives(dag)
    const leaves = [g, g].flatMap((c) => (c.kind === 'call' ? c.args : [])).flatMap((c) => (c.kind === 'call' ? c.args : []))
    expect(leaves.slice(0, 4).map((n) => (n.kind === 'num' ? n.value : null))).toEqual([-0, NaN, Infinity, -Infinity])
    expect(Object.is((leaves[0] as { value: number }).value, -0)).toBe(true)
  })

  it('sends each distinct node once: far smaller than the printed Hessian for a nest', () => {
    const f = here.parse(sinNest(40))
    const h = here.hessian(f, ['x', 'y'])
    const dag = here.exportDerivatives(f, ['x', 'y'])
    const textLength = h.flat().reduce((n, e) => n + here.toText(e).length, 0)
    expect(JSON.stringify(dag).length * 2).toBeLessThan(textLength)
    // One tuple per distinct node: no two tuples are alike.
    expect(new Set(dag.nodes.map((n) => JSON.stringify(n))).size).toBe(dag.nodes.length)
    // Every node appears after its children.
    dag.nodes.forEach((n, i) => {
      const kids = n[0] === '-' ? [n[1]] : n[0] === 'b' ? [n[2], n[3]] : n[0] === 'c' ? n.slice(2) : []
      for (const k of kids as number[]) expect(k).toBeLessThan(i)
    })
    expect(createdNodes()).toBeGreaterThan(0)
  })
})
