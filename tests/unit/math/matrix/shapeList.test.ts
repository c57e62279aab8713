import { describe, expect, it } from 'vitest'
import { ExprError } from '../../../../src/math/matrix/index.ts'
import { parseShapeList, shapeListText } from '../../../../src/math/matrix/shapeList.ts'

describe('parseShapeList', () => {
  it('reads every way of writing a shape', () => {
    expect(parseShapeList('x: 3, A: 3×3, B: 2x3; C: [2, 4]\ns: scalar, t: [], v: [5], W: 4*2')).toEqual({
      x: [3], A: [3, 3], B: [2, 3], C: [2, 4], s: [], t: [], v: [5], W: [4, 2],
    })
    expect(parseShapeList('')).toEqual({})
  })
  it('round-trips through shapeListText', () => {
    const s = parseShapeList('x: 3, A: 3×3, r: 1×3, s: scalar')
    expect(shapeListText(s)).toBe('x: 3, A: 3×3, r: 1×3, s: scalar')
    expect(parseShapeList(shapeListText(s))).toEqual(s)
  })
  it('says which entry is wrong, with its range', () => {
    const err = (t: string): [string, number, number] => {
      try {
        parseShapeList(t)
      } catch (e) {
        expect(e).toBeInstanceOf(ExprError)
        return [(e as ExprError).message, (e as ExprError).start, (e as ExprError).end]
      }
      return ['no error', 0, 0]
    }
    expect(err('x: 3, A 3×3')).toEqual(["write each shape as name: size, e.g. x: 3, A: 3×3, s: scalar (here: 'A 3×3')", 6, 11])
    expect(err('x: 3, A: 3×3×3')).toEqual(["the shape of A should be scalar, n, m×n or [m, n] (here: '3×3×3')", 6, 14])
    expect(err('x: 3, x: 2')).toEqual(['x is declared twice', 6, 10])
    expect(err('x: 0')[0]).toMatch(/the shape of x must be/)
    expect(err('tr: 3')[0]).toBe("'tr' is a function; give the variable another name")
    expect(err('A: [3, 3')).toEqual(["a '[' is not closed", 3, 8])
  })
})
