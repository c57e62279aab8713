// What the scene is handed while an input is computing: the last good expression for that input, the rest current.
import { describe, expect, it } from 'vitest'
import { shownState, type LastGood } from '../../../../src/app/symbolic/shownState.ts'
import type { SymbolicStatus } from '../../../../src/app/symbolic/symbolicGate.ts'
import { parse } from '../../../../src/math/expr/index.ts'
import { sceneParams, type SceneSchema } from '../../../../src/state/paramSpec.ts'
import { defaultState, setParam } from '../../../../src/state/sceneState.ts'

const schema: SceneSchema = {
  params: sceneParams({
    f: { kind: 'expression', label: 'f', default: 'x^2 + y^2' },
    res: { kind: 'integer', label: 'res', min: 1, max: 10, step: 1, default: 5 },
  }),
  camera: { position: [1, 1, 1], target: [0, 0, 0] },
}
const fallback = (): LastGood => ({ text: 'x + y', expr: parse('x + y') })
const ready = (s: { expressions: Record<string, unknown> }, key = 'f'): SymbolicStatus => ({ kind: 'ready', expr: s.expressions[key] as never })

describe('shownState', () => {
  it('is the state itself when every input is ready, and remembers it as the last good', () => {
    const state = defaultState(schema)
    const lastGood = new Map<string, LastGood>()
    expect(shownState(schema, state, { f: ready(state) }, lastGood, fallback)).toBe(state)
    expect(lastGood.get('f')?.text).toBe('x^2 + y^2')
  })

  it('while computing: the last good expression and text, other values current, its parameters from their defaults', () => {
    const lastGood = new Map<string, LastGood>()
    let state = setParam(schema, defaultState(schema), 'f', 'a*x + y')
    state = { ...state, dynamic: { a: 3 } }
    shownState(schema, state, { f: ready(state) }, lastGood, fallback)
    let next = setParam(schema, state, 'f', 'sin(b*x)')
    next = setParam(schema, next, 'res', 7)
    const shown = shownState(schema, next, { f: { kind: 'computing' } }, lastGood, fallback)
    expect(shown.values).toEqual({ f: 'a*x + y', res: 7 })
    expect(shown.expressions.f).toBe(parse('a*x + y'))
    expect(shown.dynamic).toEqual({ a: 3 }) // 'a' left the state with the new text; it keeps the value it was shown with
    expect(lastGood.get('f')?.text).toBe('a*x + y')
  })

  it('a failed input keeps its last good state; with none yet it shows the fallback', () => {
    const state = setParam(schema, defaultState(schema), 'f', 'x*y')
    const shown = shownState(schema, state, { f: { kind: 'error', message: 'too large' } }, new Map(), fallback)
    expect(shown.values.f).toBe('x + y')
    expect(shown.expressions.f).toBe(parse('x + y'))
    expect(shown.dynamic).toEqual({})
  })

  it("hands over the worker's node when it is another object than the state's", () => {
    const state = defaultState(schema)
    const other = { ...parse('x^2 + y^2') } // equal structure, another object (as after a new hash-consing generation)
    const shown = shownState(schema, state, { f: { kind: 'ready', expr: other } }, new Map(), fallback)
    expect(shown.expressions.f).toBe(other)
    expect(shown.values).toEqual(state.values)
  })
})
