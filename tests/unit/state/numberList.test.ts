// The 'numberList' parameter kind (e.g. user-set contour levels): strict reading of "0, 0.5, 2.25", normalisation
// (sorted, no repeats), validation with exact messages, and its trip through the URL with per-key fallback.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkParam, decodeParam, encodeParam } from '../../../src/state/paramCodec.ts'
import type { NumberListSpec, SceneSchema } from '../../../src/state/paramSpec.ts'
import { decodeQuery, encodeQuery } from '../../../src/state/urlState.ts'
import { defaultState, setParam, statesEqual } from '../../../src/state/sceneState.ts'

const levels: NumberListSpec = { kind: 'numberList', min: -10, max: 10, maxLength: 4, default: [] }

const problemOf = (text: string) => {
  const decoded = decodeParam(levels, text)
  return 'problem' in decoded ? decoded.problem : null
}

describe('decodeParam: number lists', () => {
  it.each<[string, number[]]>([
    ['', []],
    ['   ', []],
    ['0', [0]],
    ['0,0.5,2.25', [0, 0.5, 2.25]],
    ['0, 0.5, 2.25', [0, 0.5, 2.25]],
    ['  2.25 ,0 ,  .5 ', [0, 0.5, 2.25]],
    ['3, -1, 3, 2', [-1, 2, 3]], // sorted, the repeated 3 kept once
    ['-0, 0', [0]], // −0 and 0 are one level
    ['-10, 10', [-10, 10]], // the bounds are inside
    ['1e-3, +2, 3.', [0.001, 2, 3]],
    ['1, 1, 1, 1, 1, 2, 3, 4', [1, 2, 3, 4]], // eight entries but four values: the limit counts values
  ])("reads '%s' as %j", (text, value) => {
    expect(decodeParam(levels, text)).toEqual({ value })
  })

  it.each<[string, string]>([
    ['1,,2', "'1,,2' has an empty entry; write numbers separated by commas, e.g. 0, 0.5, 2"],
    ['1,', "'1,' has an empty entry; write numbers separated by commas, e.g. 0, 0.5, 2"],
    [',', "',' has an empty entry; write numbers separated by commas, e.g. 0, 0.5, 2"],
    ['abc', "'abc' is not a number"],
    ['1, abc', "'abc' in '1, abc' is not a number"],
    ['1 2', "'1 2' is not a number (separate values with commas)"],
    ['0, 1e999', "'1e999' in '0, 1e999' is not a number"],
    ['NaN', "'NaN' is not a number"],
    ['Infinity, 1', "'Infinity' in 'Infinity, 1' is not a number"],
    ['0x10', "'0x10' is not a number"],
    ['1, 11', '11 is outside [-10, 10]'],
    ['-10.5', '-10.5 is outside [-10, 10]'],
    ['1, 2, 3, 4, 5', '5 values are more than the 4 allowed'],
  ])("rejects '%s': %s", (text, message) => {
    expect(problemOf(text)).toBe(message)
  })

  it('refuses text longer than 1000 characters without quoting it', () => {
    expect(problemOf('1,'.repeat(501))).toBe('the list is longer than 1000 characters')
  })

  it('writes the URL form: values joined by commas, the empty list as empty text', () => {
    expect(encodeParam(levels, [-1, 0.5, 2.25])).toBe('-1,0.5,2.25')
    expect(encodeParam(levels, [])).toBe('')
  })

  it('checks stored values: finite, in range, short enough, increasing without repeats', () => {
    expect(checkParam(levels, [-1, 0, 2])).toBeNull()
    expect(checkParam(levels, [])).toBeNull()
    expect(checkParam(levels, [0, Number.NaN])).toBe('NaN is not a finite number')
    expect(checkParam(levels, [2, 1])).toBe('2,1 is not in increasing order without repeats')
    expect(checkParam(levels, [1, 1])).toBe('1,1 is not in increasing order without repeats')
    expect(checkParam(levels, 3)).toBe('3 is not a list of numbers')
    expect(checkParam(levels, [1, 2, 3, 4, 5])).toBe('5 values are more than the 4 allowed')
  })

  it('reads back what it writes, and reads any order of the same values as the same sorted list', () => {
    const values = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { maxLength: 4 })
    fc.assert(
      fc.property(values, (list) => {
        // The expected list, computed here by hand: distinct values (−0 counts as 0), ascending.
        const expected = [...new Set(list.map((v) => (v === 0 ? 0 : v)))].sort((a, b) => a - b)
        const typed = list.map(String).join(' , ')
        const decoded = decodeParam(levels, typed)
        expect(decoded).toEqual({ value: expected })
        expect(decodeParam(levels, encodeParam(levels, expected))).toEqual({ value: expected })
        expect(decodeParam(levels, [...list].reverse().map(String).join(','))).toEqual({ value: expected })
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})

describe('number lists in the URL', () => {
  const schema: SceneSchema = {
    params: {
      f: { kind: 'expression', default: 'x^2+y^2' },
      lv: { kind: 'numberList', min: -100, max: 100, maxLength: 16, default: [] },
      marks: { kind: 'numberList', min: 0, max: 1, maxLength: 3, default: [0.25, 0.75] },
    },
    camera: { position: [3, -4, 2], target: [0, 0, 0] },
  }

  it('writes lv=0,0.5,2.25 readably and reads it back to the same state', () => {
    const state = setParam(schema, defaultState(schema), 'lv', [0, 0.5, 2.25])
    const query = encodeQuery(schema, state)
    expect(query).toBe('f=x^2+y^2&lv=0,0.5,2.25&marks=0.25,0.75')
    const back = decodeQuery(schema, query)
    expect(back.problems).toEqual([])
    expect(back.state.values.lv).toEqual([0, 0.5, 2.25])
    expect(statesEqual(back.state, state)).toBe(true)
  })

  it('an empty list travels as lv= and differs from a non-empty one', () => {
    const empty = decodeQuery(schema, 'lv=&marks=')
    expect(empty.problems).toEqual([])
    expect(empty.state.values.lv).toEqual([])
    expect(empty.state.values.marks).toEqual([])
    expect(statesEqual(empty.state, decodeQuery(schema, 'lv=1&marks=').state)).toBe(false)
    expect(statesEqual(empty.state, decodeQuery(schema, 'lv=&marks=0.5').state)).toBe(false)
  })

  it('reads spaces typed into a link (%20) like the GUI does', () => {
    expect(decodeQuery(schema, 'lv=2,%201,%20-3').state.values.lv).toEqual([-3, 1, 2])
  })

  it('names a bad list by its key, keeps the rest of the link, and falls back to the default', () => {
    const { state, problems } = decodeQuery(schema, 'f=x*y&lv=1,abc&marks=0.5,2')
    expect(state.values.f).toBe('x*y')
    expect(state.values.lv).toEqual([])
    expect(state.values.marks).toEqual([0.25, 0.75])
    expect(problems).toEqual([
      { key: 'lv', message: "'abc' in '1,abc' is not a number; using the default (none)" },
      { key: 'marks', message: '2 is outside [0, 1]; using the default 0.25,0.75' },
    ])
  })
})
