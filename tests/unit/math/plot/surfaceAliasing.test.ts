// The aliasing note's verdict on Explore's ripples a·sin(bx)·cos(by) over [−4, 4]², drawn in z ∈ [−a, a].
import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { aliasingAdvice, surfaceAliasing } from '../../../../src/math/plot/surfaceAliasing.ts'

const ripples = parse('a*sin(b*x)*cos(b*y)')
const domain = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 }
const check = (b: number, resolution = 256) =>
  surfaceAliasing({ f: ripples, params: { a: 2, b }, domain, resolution, maxResolution: 1024, zRange: { min: -2, max: 2 } })

describe('surfaceAliasing', () => {
  it('no verdict for the default ripples (b = 1)', () => {
    expect(check(1)).toBeNull()
  })

  it('b = 94 at 256²: raise the resolution (to one that then shows it) or lower b — the frequency, not the amplitude a', () => {
    const v = check(94)!
    expect(v.lower).toEqual(['b'])
    expect(v.raiseTo).not.toBeNull()
    expect(check(94, v.raiseTo!)).toBeNull()
    expect(aliasingAdvice(v)).toBe(`raise the resolution to ${v.raiseTo} or lower b`)
  })

  it('b = 200: no mesh the control allows can show it, so the advice is to lower b', () => {
    const v = check(200)!
    expect(v.raiseTo).toBeNull()
    expect(aliasingAdvice(v)).toBe('even 1024×1024 cannot show it, so lower b')
  })

  it('a fast f with no parameter: narrow the domain', () => {
    const v = surfaceAliasing({ f: parse('sin(300*x)'), params: {}, domain, resolution: 256, maxResolution: 1024, zRange: { min: -1, max: 1 } })!
    expect(aliasingAdvice(v)).toBe('even 1024×1024 cannot show it, so narrow the domain')
  })
})
