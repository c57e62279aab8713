import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeQuery, decodeValue, encodeQuery, encodeValue } from '../../../src/state/urlState.ts'
import { defaultState, setCamera, setDynamic, setParam, statesEqual, type SceneState } from '../../../src/state/sceneState.ts'
import { CAMERA, testSchema } from './testSchema.ts'
import type { SceneSchema } from '../../../src/state/paramSpec.ts'

const custom = (): SceneState => {
  let state = setParam(testSchema, defaultState(testSchema), 'f', 'a*sin(k*x)+y^2/2')
  state = setDynamic(state, 'a', -1.25)
  state = setParam(testSchema, state, 'res', 512)
  return setCamera(state, { position: [1.5, -2, 0.75], target: [0, 0.25, 0] })
}

describe('encodeQuery', () => {
  it('writes every fixed key in schema order, then dynamic names sorted, then the camera; math stays readable', () => {
    expect(encodeQuery(testSchema, custom())).toBe(
      'preset=custom&f=a*sin(k*x)+y^2/2&xr=-2,2&res=512&gain=0.5&grid=1&a=-1.25&k=2&cam=1.5,-2,0.75,0,0.25,0',
    )
  })

  it('escapes the characters that would break the query', () => {
    expect(encodeValue('a&b=c#d%e f')).toBe('a%26b%3Dc%23d%25e%20f')
    expect(decodeValue('%E0%A4%A')).toBeNull()
  })

  it('round-trips any text through encodeValue/decodeValue', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => decodeValue(encodeValue(text)) === text), { seed: 42, numRuns: 300 })
  })
})

describe('decodeQuery', () => {
  it('read over the state on screen (Back/Forward), keeps its parsed expressions and dynamic record where unchanged', () => {
    const onScreen = custom()
    const moved = setParam(testSchema, onScreen, 'gain', 1.25)
    const { state: back } = decodeQuery(testSchema, encodeQuery(testSchema, moved), onScreen)
    expect(statesEqual(back, moved)).toBe(true)
    expect(back.expressions.f).toBe(onScreen.expressions.f)
    expect(back.dynamic).toBe(onScreen.dynamic)
    // Without the state on screen, everything is new (and equal).
    const fresh = decodeQuery(testSchema, encodeQuery(testSchema, moved)).state
    expect(fresh.expressions.f).not.toBe(onScreen.expressions.f)
    expect(fresh.expressions).toEqual(onScreen.expressions)
  })

  it('restores exactly the state that was encoded', () => {
    const state = custom()
    const { state: back, problems } = decodeQuery(testSchema, encodeQuery(testSchema, state))
    expect(problems).toEqual([])
    expect(statesEqual(back, state)).toBe(true)
  })

  it('round-trips random valid states exactly', () => {
    const arbitrary = fc.record({
      gain: fc.double({ min: 0, max: 2, noNaN: true }),
      res: fc.integer({ min: 16, max: 1024 }),
      lo: fc.double({ min: -10, max: -0.001, noNaN: true }),
      hi: fc.double({ min: 0.001, max: 10, noNaN: true }),
      grid: fc.boolean(),
      a: fc.double({ min: -5, max: 5, noNaN: true }),
      cam: fc.array(fc.integer({ min: -9999, max: 9999 }), { minLength: 3, maxLength: 3 }),
    })
    fc.assert(
      fc.property(arbitrary, ({ gain, res, lo, hi, grid, a, cam }) => {
        let state = setParam(testSchema, defaultState(testSchema), 'f', 'a*x - y')
        state = setParam(testSchema, state, 'gain', gain === 0 ? 0 : gain)
        state = setParam(testSchema, state, 'res', res)
        state = setParam(testSchema, state, 'xr', [lo, hi])
        state = setParam(testSchema, state, 'grid', grid)
        state = setDynamic(state, 'a', a === 0 ? 0 : a)
        state = setCamera(state, { position: [cam[0]! / 10, cam[1]! / 10, cam[2]! / 10 + 1000], target: [0, 0, 0] })
        const { state: back, problems } = decodeQuery(testSchema, encodeQuery(testSchema, state))
        return problems.length === 0 && statesEqual(back, state)
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('fills missing keys with defaults, silently (a short link is a valid link)', () => {
    const { state, problems } = decodeQuery(testSchema, 'gain=1.5')
    expect(problems).toEqual([])
    expect(state.values).toEqual({ preset: 'bowl', f: 'x^2 + y^2', xr: [-2, 2], res: 256, gain: 1.5, grid: true })
    expect(state.camera).toBeNull()
  })

  it('names each bad key with its problem and falls back to that key\'s default only', () => {
    const { state, problems } = decodeQuery(testSchema, 'gain=9&res=abc&xr=3,1&grid=maybe&f=sin(x&preset=nope&zoom=2')
    expect(problems).toEqual([
      { key: 'preset', message: "'nope' is not one of bowl, wave, custom; using the default bowl" },
      { key: 'f', message: expect.stringMatching(/^.+ \(at characters \d+-\d+ of 'sin\(x'\); using the default x\^2 \+ y\^2$/) },
      { key: 'xr', message: '3,1 is empty: the lower bound must be below the upper bound; using the default -2,2' },
      { key: 'res', message: "'abc' is not a number; using the default 256" },
      { key: 'gain', message: '9 is outside [0, 2]; using the default 0.5' },
      { key: 'grid', message: "'maybe' is not a boolean (use 1 or 0); using the default 1" },
      { key: 'zoom', message: 'is not a setting of this scene nor a parameter of its expression; ignored' },
    ])
    expect(state).toEqual(defaultState(testSchema))
  })

  it('keeps the good keys of a partly bad link', () => {
    const { state, problems } = decodeQuery(testSchema, 'f=a*x&a=NaN&res=64')
    expect(problems).toEqual([{ key: 'a', message: "'NaN' is not a number; using the default 1" }])
    expect(state.values.res).toBe(64)
    expect(state.dynamic).toEqual({ a: 1 })
  })

  it('validates dynamic parameters against their own ranges', () => {
    const { state, problems } = decodeQuery(testSchema, 'f=a*x+k&a=-6&k=0.05')
    expect(problems).toEqual([
      { key: 'a', message: '-6 is outside [-5, 5]; using the default 1' },
      { key: 'k', message: '0.05 is outside [0.1, 10]; using the default 2' },
    ])
    expect(state.dynamic).toEqual({ a: 1, k: 2 })
  })

  it('rejects a dynamic name that the expression does not have, even one another expression would', () => {
    const { problems } = decodeQuery(testSchema, 'f=x&a=2')
    expect(problems).toEqual([{ key: 'a', message: 'is not a setting of this scene nor a parameter of its expression; ignored' }])
  })

  it('checks the camera: six finite numbers, position distinct from target', () => {
    expect(decodeQuery(testSchema, 'cam=1,2,3,0,0,0').state.camera).toEqual({ position: [1, 2, 3], target: [0, 0, 0] })
    expect(decodeQuery(testSchema, 'cam=1,2,3').problems[0]!.message).toBe(
      "expected 6 comma-separated numbers (position x,y,z then target x,y,z), got 3; using the scene's camera",
    )
    expect(decodeQuery(testSchema, 'cam=1,2,3,1,2,3').problems[0]!.message).toContain('equals its target')
    expect(decodeQuery(testSchema, 'cam=1,2,1e5,0,0,0').problems[0]!.message).toContain('100000 is outside')
    expect(decodeQuery(testSchema, 'cam=1,2,NaN,0,0,0').problems[0]!.message).toContain("'NaN' is not a number")
  })

  it('reports duplicate keys and broken escapes', () => {
    const { state, problems } = decodeQuery(testSchema, 'gain=1&gain=2&res=%E0%A4')
    expect(state.values.gain).toBe(1)
    expect(problems).toEqual([
      { key: 'gain', message: 'is given more than once; the first value is used' },
      { key: 'res', message: "'%E0%A4' has a broken %-escape" },
    ])
  })

  it('keeps the values a link carries over its preset\'s, and then reads the preset as custom (issue 14)', () => {
    const { state } = decodeQuery(testSchema, 'preset=wave&f=x*y')
    expect(state.values.preset).toBe('custom')
    expect(state.values.f).toBe('x*y')
    expect(state.camera).toBeNull()
    expect(CAMERA.position).toEqual([3, -4, 2])
  })
})

describe('presets in links', () => {
  const presetSchema: SceneSchema = {
    camera: { position: [3, 3, 3], target: [0, 0, 0] },
    params: {
      preset: {
        kind: 'choice',
        label: 'preset',
        options: [{ value: 'bowl', label: 'Bowl' }, { value: 'saddle', label: 'Saddle' }, { value: 'custom', label: 'Custom' }],
        default: 'bowl',
        applies: { bowl: { values: { f: 'x^2 + y^2', xr: [-2, 2] } }, saddle: { values: { f: 'x^2 - y^2', xr: [-1, 1] } } },
        detachOn: ['f'],
        detachValue: 'custom',
      },
      f: { kind: 'expression', label: 'f', default: 'x^2 + y^2' },
      xr: { kind: 'interval', label: 'x', min: -10, max: 10, step: 0.1, default: [-2, 2] },
    },
  }

  it('a named preset loads its values, except those the link gives itself', () => {
    expect(decodeQuery(presetSchema, 'preset=saddle').state.values).toMatchObject({ preset: 'saddle', f: 'x^2 - y^2', xr: [-1, 1] })
    expect(decodeQuery(presetSchema, 'preset=saddle&xr=-3,3').state.values).toMatchObject({ preset: 'saddle', f: 'x^2 - y^2', xr: [-3, 3] })
  })

  it('values that contradict the preset keep their own and show the preset as custom', () => {
    const { state, problems } = decodeQuery(presetSchema, 'preset=saddle&f=sin(x)')
    expect(state.values).toMatchObject({ preset: 'custom', f: 'sin(x)' })
    expect(problems).toEqual([])
    // No preset in the link: the default preset is contradicted by a typed f the same way.
    expect(decodeQuery(presetSchema, 'f=1/(x-y)').state.values.preset).toBe('custom')
    // The default state is not contradicted.
    expect(decodeQuery(presetSchema, '').state.values.preset).toBe('bowl')
  })
})
