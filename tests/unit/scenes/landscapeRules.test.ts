// The landscape lab's one rule: θ* is the end of one optimizer's path, so that optimizer must be trained. Links that
// break it fall back to the default θ* optimizer with the sentence in the banner; a GUI change that would break it is
// refused (bindGui applies brokenRule to the state a change would produce).
import { describe, expect, it } from 'vitest'
import { decodeQuery } from '../../../src/state/urlState.ts'
import { brokenRule } from '../../../src/state/schemaRules.ts'
import { defaultState } from '../../../src/state/sceneState.ts'
import type { SceneSchema } from '../../../src/state/paramSpec.ts'
import landscape from '../../../scenes/lab/landscape.scene.tsx'

const schema: SceneSchema = landscape.schema

describe('landscape lab rule: θ* comes from a trained optimizer', () => {
  it('the defaults keep it (θ* from Adam, which trains)', () => {
    expect(brokenRule(schema, defaultState(schema).values)).toBeNull()
  })

  it('a link with θ* from an untrained optimizer names it and falls back to Adam', () => {
    const { state, problems } = decodeQuery(schema, 'ref=gd')
    expect(problems).toEqual([{ key: 'ref', message: 'θ* comes from gd, which is not being trained: tick it, or choose another optimizer for θ*; using the default adam' }])
    expect(state.values.ref).toBe('adam')
  })

  it('a link that trains the chosen optimizer is taken as it is', () => {
    const { state, problems } = decodeQuery(schema, 'ref=gd&on_gd=1')
    expect(problems).toEqual([])
    expect(state.values.ref).toBe('gd')
  })

  it('unticking the θ* optimizer breaks the rule (the GUI refuses it at the box)', () => {
    const values = { ...defaultState(schema).values, on_adam: false }
    expect(brokenRule(schema, values)).toEqual({ key: 'on_adam', message: 'θ* comes from adam, which is not being trained: tick it, or choose another optimizer for θ*' })
    expect(brokenRule(schema, { ...values, ref: 'momentum' })).toBeNull() // momentum trains by default
  })

  it('a link that unticks Adam while θ* is the default Adam trains Adam after all, and says so', () => {
    const { state, problems } = decodeQuery(schema, 'on_adam=0')
    expect(problems).toEqual([{ key: 'on_adam', message: 'θ* comes from adam, which is not being trained: tick it, or choose another optimizer for θ*; using the default 1' }])
    expect(state.values.on_adam).toBe(true)
    expect(brokenRule(schema, state.values)).toBeNull()
  })
})
