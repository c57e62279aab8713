// The worker's job as a plain function: the answer is a DAG that holds the Hessian; errors come back as data.
import { describe, expect, it } from 'vitest'
import { runSymbolicJob } from '../../../../src/app/symbolic/runSymbolicJob.ts'
import { hessian, importDerivatives, parse, toText } from '../../../../src/math/expr/index.ts'
import { createdNodes } from '../../../../src/math/expr/intern.ts'

describe('runSymbolicJob', () => {
  it('returns the Hessian work as a DAG whose root is the parsed text', () => {
    const response = runSymbolicJob({ id: 7, text: 'x^3*y + a*sin(x*y)', variables: ['x', 'y'], budget: 2_000_000 })
    expect(response.id).toBe(7)
    if (!response.ok) throw new Error(response.message)
    const f = importDerivatives(structuredClone(response.dag))
    expect(f).toBe(parse('x^3*y + a*sin(x*y)'))
    const before = createdNodes()
    const h = hessian(f, ['x', 'y'])
    expect(createdNodes()).toBe(before)
    expect(toText(h[0]![0]!)).toBe('6x * y - a * y^2 * sin(x * y)')
  })

  it('past the budget: the budget message, flagged as such', () => {
    const text = 'sigmoid('.repeat(40) + 'x*y' + ')'.repeat(40)
    const response = runSymbolicJob({ id: 1, text, variables: ['x', 'y'], budget: 1000 })
    expect(response).toMatchObject({ id: 1, ok: false, budgetExceeded: true })
    expect(!response.ok && response.message).toMatch(/too large to compute: it needs more than 1,000 new terms/)
  })

  it('other errors come back as messages, not as the budget', () => {
    const response = runSymbolicJob({ id: 2, text: 'sin(', variables: ['x'], budget: 1000 })
    expect(response).toMatchObject({ id: 2, ok: false, budgetExceeded: false })
  })
})
