// Differentiation on the DAG: hash-consed nodes, memoised derivatives, and work that grows with the size of the input
// rather than exponentially or polynomially with its depth. Work is counted in created AST nodes (deterministic on any
// machine); the wall-clock curve is printed by bench/differentiateDepth.node.bench.ts.
import { describe, expect, it } from 'vitest'
import { add, call, distinctNodes, equals, mul, num, variable, type Expr } from '../../../../src/math/expr/ast.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { differentiate, MAX_STEPS } from '../../../../src/math/expr/differentiate.ts'
import { hessian } from '../../../../src/math/expr/gradient.ts'
import { createdNodes } from '../../../../src/math/expr/intern.ts'
import { freshNames, NEST_FAMILIES } from '../../../support/nestFamilies.ts'
import { ExprError } from '../../../../src/math/expr/errors.ts'
import { compile } from '../../../../src/math/expr/compile.ts'
import { toText } from '../../../../src/math/expr/toText.ts'

/** A variable name no earlier test used, so that memoised work from elsewhere does not hide the cost. */
const freshName = freshNames('w')

describe('hash-consing', () => {
  it('builds one object per structure, so equal sub-expressions are identical', () => {
    const x = variable('x')
    expect(mul(call('sin', x), num(2))).toBe(mul(call('sin', variable('x')), num(2)))
    expect(parse('sin(x) + sin(x)')).toBe(add(call('sin', x), call('sin', x)))
    expect(num(0)).not.toBe(num(-0)) // the sign of zero is part of the structure
    expect(equals(num(0), num(-0))).toBe(false)
  })

  it('still compares hand-built nodes structurally', () => {
    const literal = { kind: 'binary', op: '+', left: { kind: 'var', name: 'x' }, right: { kind: 'num', value: 1 } } as Expr
    expect(equals(literal, parse('x + 1'))).toBe(true)
    expect(equals(literal, parse('x + 2'))).toBe(false)
  })
})

describe('differentiation cost against depth', () => {
  // The nests (not the product chain: the product rule on d factors has d terms of d factors, so its answer is
  // quadratic in d by nature; the bench prints it).
  for (const family of ['sin', 'tower', 'sigmoid'] as const) {
    const text = NEST_FAMILIES[family]!
    it(`${family}: the answer grows linearly, the work at most quadratically (not like depth^5)`, () => {
      const sizes: number[] = []
      const work: number[] = []
      for (const depth of [20, 40, 80]) {
        const v = freshName()
        const f = parse(text(depth, v))
        const before = createdNodes()
        const d = differentiate(f, v).result
        work.push(createdNodes() - before)
        sizes.push(distinctNodes([d]))
      }
      // Doubling the depth: the answer (distinct nodes) at most doubles, plus a little; the work at most quadruples.
      expect(sizes[1]! / sizes[0]!).toBeLessThan(2.3)
      expect(sizes[2]! / sizes[1]!).toBeLessThan(2.3)
      expect(work[2]! / work[1]!).toBeLessThan(4.5)
    })
  }

  it('the deepest input the parser accepts differentiates, and its Hessian too', () => {
    const v = freshName()
    const f = parse('sin('.repeat(199) + v + ')'.repeat(199))
    const d = differentiate(f, v).result
    const h = hessian(f, [v, 'y'])
    // Spot value against the chain rule by hand: d/dx sin^n(x) = Π cos(sin^k(x)).
    let s = 0.3
    let product = 1
    for (let k = 0; k < 199; k++) {
      product *= Math.cos(s)
      s = Math.sin(s)
    }
    expect(compile(d)({ [v]: 0.3 })).toBeCloseTo(product, 12)
    expect(equals(h[0]![1]!, num(0))).toBe(true)
  })

  it('the Hessian reuses the gradient: after the gradient, it creates fewer nodes than from scratch', () => {
    const text = NEST_FAMILIES.sigmoid!
    const v1 = freshName()
    const cold = createdNodes()
    hessian(parse(text(30, v1)), [v1, 'y'])
    const fromScratch = createdNodes() - cold
    const v2 = freshName()
    const f = parse(text(30, v2))
    const beforeGradient = createdNodes()
    differentiate(f, v2)
    differentiate(f, 'y')
    const gradientWork = createdNodes() - beforeGradient
    const warm = createdNodes()
    hessian(f, [v2, 'y'])
    // The Hessian's own work is the second pass only: none of the gradient's nodes are built again.
    expect(gradientWork).toBeGreaterThan(0)
    expect(createdNodes() - warm).toBeLessThanOrEqual(fromScratch - gradientWork)
  })

  it('steps of a derivative of a derivative stay bounded (a DAG is not explained once per path)', () => {
    const v = freshName()
    const first = differentiate(parse('sigmoid('.repeat(25) + v + ')'.repeat(25)), v).result
    const steps = differentiate(first, v).steps
    expect(steps.length).toBeLessThanOrEqual(MAX_STEPS + distinctNodes([first]))
    expect(steps[0]!.expr).toBe(first)
  })
})

describe('printed derivatives read back', () => {
  it.each([
    ['a 224-factor product (general product rule: a flat sum, not 224 nested parentheses)', (v: string) => Array.from({ length: 224 }, (_, i) => `sin(${i + 1}${v})`).join('*')],
    ['a 199-level power tower', (v: string) => Array.from({ length: 199 }, () => v).join('^')],
    ['199 nested sin', (v: string) => 'sin('.repeat(199) + v + ')'.repeat(199)],
  ])('%s', (_, text) => {
    const v = freshName()
    const d = differentiate(parse(text(v)), v).result
    expect(equals(parse(toText(d)), d)).toBe(true)
  })

  it('the general product rule gives the textbook sum', () => {
    expect(toText(differentiate(parse('sin(x) * sin(2x) * sin(3x)'), 'x').result))
      .toBe('cos(x) * sin(2x) * sin(3x) + 2 sin(x) * cos(2x) * sin(3x) + 3 sin(x) * sin(2x) * cos(3x)')
  })
})

describe('work budget', () => {
  it('stops with a clear ExprError instead of running on', () => {
    const v = freshName()
    const f = parse('sigmoid('.repeat(60) + v + ')'.repeat(60))
    let error: unknown
    try {
      differentiate(f, v, { budget: 500 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ExprError)
    expect((error as ExprError).message).toMatch(/too large to compute: it needs more than 500 new terms/)
    // Nothing half-done was memoised: a larger budget then succeeds, with the right answer.
    const d = differentiate(f, v).result
    expect(Number.isFinite(compile(d)({ [v]: 0.5 }))).toBe(true)
  })
})
