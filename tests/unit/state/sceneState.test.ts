import { describe, expect, it } from 'vitest'
import {
  applyPatch, defaultState, setCamera, setDynamic, setParam, statesEqual,
} from '../../../src/state/sceneState.ts'
import { dynamicParams } from '../../../src/state/dynamicParams.ts'
import { parse } from '../../../src/math/expr/index.ts'
import { testSchema } from './testSchema.ts'

describe('defaultState', () => {
  it('takes every default from the schema, with no dynamic parameters for x^2 + y^2', () => {
    expect(defaultState(testSchema)).toEqual({
      values: { preset: 'bowl', f: 'x^2 + y^2', xr: [-2, 2], res: 256, gain: 0.5, grid: true },
      expressions: { f: parse('x^2 + y^2') },
      dynamic: {},
      camera: null,
    })
  })
})

describe('dynamic parameters', () => {
  it('makes every free name except x and y a slider, sorted, with the house default or the override', () => {
    const { names, specs, conflicts } = dynamicParams(testSchema, [parse('a*x + k*y + beta*x*y')])
    expect(names).toEqual(['a', 'beta', 'k'])
    expect(conflicts).toEqual([])
    expect(specs.a).toEqual({ kind: 'number', min: -5, max: 5, step: 0.01, default: 1 })
    expect(specs.k).toEqual({ kind: 'number', min: 0.1, max: 10, step: 0.01, default: 2 })
  })

  it('reports names that collide with a fixed setting instead of giving them a slider', () => {
    const schema = { ...testSchema, params: { ...testSchema.params, a: { kind: 'boolean', default: true } as const } }
    const { names, conflicts } = dynamicParams(schema, [parse('a*x + c')])
    expect(names).toEqual(['c'])
    expect(conflicts).toEqual(['a'])
  })

  it('adds sliders as names appear, keeps values of names that stay, drops names that go', () => {
    let state = setParam(testSchema, defaultState(testSchema), 'f', 'a*x + c*y')
    expect(state.dynamic).toEqual({ a: 1, c: 1 })
    state = setDynamic(state, 'a', 2.5)
    state = setParam(testSchema, state, 'f', 'a*x + k')
    expect(state.dynamic).toEqual({ a: 2.5, k: 2 })
    state = setParam(testSchema, state, 'f', 'x*y')
    expect(state.dynamic).toEqual({})
  })

  it('refuses to set a parameter the expression does not have', () => {
    expect(() => setDynamic(defaultState(testSchema), 'a', 1)).toThrow(/'a' is not a parameter/)
  })
})

describe('presets (choice with applies)', () => {
  it('choosing a preset applies its values, dynamic values and camera at once', () => {
    const state = setParam(testSchema, defaultState(testSchema), 'preset', 'wave')
    expect(state.values).toMatchObject({ preset: 'wave', f: 'a*sin(k*x)', xr: [-6, 6], res: 256 })
    expect(state.dynamic).toEqual({ a: 1, k: 3 })
    expect(state.camera).toEqual({ position: [0, -5, 5], target: [0, 0, 1] })
  })

  it('editing f by hand turns the preset into custom; editing another key does not', () => {
    const wave = setParam(testSchema, defaultState(testSchema), 'preset', 'wave')
    expect(setParam(testSchema, wave, 'gain', 1).values.preset).toBe('wave')
    expect(setParam(testSchema, wave, 'f', 'a*cos(k*x)').values.preset).toBe('custom')
  })

  it('a preset overrides a dynamic value the user had set', () => {
    let state = setParam(testSchema, defaultState(testSchema), 'f', 'a*sin(k*x)')
    state = setDynamic(state, 'k', 7)
    state = applyPatch(testSchema, state, { dynamic: { k: 3 } })
    expect(state.dynamic.k).toBe(3)
  })

  it('rejects unknown keys loudly', () => {
    expect(() => setParam(testSchema, defaultState(testSchema), 'nope', 1)).toThrow(/no parameter 'nope'/)
  })
})

describe('identity: what did not change is the same object (consumers memoise on it)', () => {
  const wave = () => setDynamic(setParam(testSchema, defaultState(testSchema), 'f', 'a*sin(k*x)'), 'a', 2)

  it('editing a setting keeps the parsed expressions and the dynamic record', () => {
    const before = wave()
    const after = setParam(testSchema, before, 'gain', 1.5)
    expect(after.expressions).toBe(before.expressions)
    expect(after.expressions.f).toBe(before.expressions.f)
    expect(after.dynamic).toBe(before.dynamic)
    expect(after.values.xr).toBe(before.values.xr)
  })

  it('a patch that sets dynamic values equal to the current ones keeps the record; a different value replaces it', () => {
    const before = wave()
    expect(applyPatch(testSchema, before, { dynamic: { a: 2 } }).dynamic).toBe(before.dynamic)
    const changed = applyPatch(testSchema, before, { dynamic: { a: 3 } })
    expect(changed.dynamic).not.toBe(before.dynamic)
    expect(changed.dynamic).toEqual({ a: 3, k: 2 })
    expect(changed.expressions).toBe(before.expressions)
    expect(setDynamic(before, 'a', 2)).toBe(before)
  })

  it('new text is parsed again, and the same text typed again keeps the Expr', () => {
    const before = wave()
    const edited = setParam(testSchema, before, 'f', 'a*cos(k*x)')
    expect(edited.expressions.f).not.toBe(before.expressions.f)
    expect(edited.expressions.f).toEqual(parse('a*cos(k*x)'))
    // Same names, same values: the dynamic record survives an edit of the formula.
    expect(edited.dynamic).toBe(before.dynamic)
    expect(setParam(testSchema, edited, 'f', 'a*cos(k*x)').expressions).toBe(edited.expressions)
  })
})

describe('statesEqual', () => {
  it('compares values, intervals, dynamic values and the camera', () => {
    const a = defaultState(testSchema)
    expect(statesEqual(a, defaultState(testSchema))).toBe(true)
    expect(statesEqual(a, setParam(testSchema, a, 'xr', [-2, 2.5]))).toBe(false)
    expect(statesEqual(a, setParam(testSchema, a, 'gain', 0.6))).toBe(false)
    expect(statesEqual(a, setCamera(a, { position: [1, 1, 1], target: [0, 0, 0] }))).toBe(false)
    const withA = setParam(testSchema, a, 'f', 'a*x')
    expect(statesEqual(withA, setDynamic(withA, 'a', 2))).toBe(false)
  })
})
