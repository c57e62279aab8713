// The descent lab's links and typed values are judged by the optimizers' own rule (validateOptions), so a bad value
// gets the sentence the issue asks for: the option, the range, the value given, and its type. The expected sentences
// are written out here from the wording; each is also compared with what the optimizer itself throws when
// built with that value, so the lab cannot drift from the library.
import { describe, expect, it } from 'vitest'
import { createOptimizer, type OptimizerName, type OptimizerOptions } from '../../../src/math/optim/index.ts'
import { decodeQuery } from '../../../src/state/urlState.ts'
import { decodeWithRules } from '../../../src/state/schemaRules.ts'
import { defaultState } from '../../../src/state/sceneState.ts'
import type { SceneSchema } from '../../../src/state/paramSpec.ts'
import { descentSchema } from '../../../scenes/lab/descent/descentSchema.ts'

const schema: SceneSchema = descentSchema

function thrownBy(name: OptimizerName, options: OptimizerOptions): string {
  try {
    createOptimizer(name, options)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`createOptimizer('${name}', ${JSON.stringify(options)}) accepted the options`)
}

const problemsOf = (query: string) => decodeQuery(schema, query).problems

describe('descent lab links: the optimizer’s own message in the banner', () => {
  const cases: [string, string, string, OptimizerName, OptimizerOptions, string][] = [
    ['adam_lr=-1', 'adam_lr', 'adam: lr must be a finite number ≥ 0, got -1', 'adam', { lr: -1 }, '0.05'],
    ['rmsprop_alpha=2', 'rmsprop_alpha', 'rmsprop: alpha must be a number in [0, 1], got 2', 'rmsprop', { alpha: 2 }, '0.99'],
    ['adam_sched=exponential&adam_gamma=-1', 'adam_gamma', 'adam: schedule gamma must be a number in (0, 1], got -1',
      'adam', { schedule: { kind: 'exponential', gamma: -1 } }, '0.999'],
    ['gd_sched=step&gd_gamma=NaN', 'gd_gamma', 'gd: schedule gamma must be a number in (0, 1], got NaN',
      'gd', { schedule: { kind: 'step', stepSize: 200, gamma: NaN } }, '0.999'],
    ['adam_lr=abc', 'adam_lr', "adam: lr must be a number, got the string 'abc'", 'adam', { lr: 'abc' as unknown as number }, '0.05'],
    ['nesterov_momentum=0', 'nesterov_momentum',
      'nesterov: Nesterov momentum requires a momentum > 0 and zero dampening (as in PyTorch), got momentum 0 and dampening 0',
      'nesterov', { momentum: 0 }, '0.9'],
  ]
  it.each(cases)('%s → %s: "%s"', (query, key, message, name, options, fallback) => {
    expect(thrownBy(name, options)).toBe(message)
    const problems = problemsOf(query)
    expect(problems).toEqual([{ key, message: `${message}; using the default ${fallback}` }])
    expect(decodeQuery(schema, query).state.values[key]).toBe(Number(fallback))
  })

  it('judges γ while another schedule is chosen: the link still holds it', () => {
    expect(problemsOf('adam_gamma=-1')).toEqual([
      { key: 'adam_gamma', message: 'adam: schedule gamma must be a number in (0, 1], got -1; using the default 0.999' },
    ])
  })

  it('a value the optimizer accepts but the slider does not offer gets the slider’s range', () => {
    expect(problemsOf('adam_sched=exponential&adam_gamma=0.3')).toEqual([
      { key: 'adam_gamma', message: '0.3 is outside [0.5, 1]; using the default 0.999' },
    ])
  })

  it('values fine alone but not together: a cosine η_min above lr falls back, with the rule’s sentence', () => {
    const message = 'adam: schedule lrMin must be a number in [0, lr] = [0, 0.001], got 0.01'
    expect(thrownBy('adam', { lr: 0.001, schedule: { kind: 'cosine', tMax: 1000, lrMin: 0.01 } })).toBe(message)
    const { state, problems } = decodeQuery(schema, 'adam_sched=cosine&adam_lr=0.001&adam_lrmin=0.01')
    expect(problems).toEqual([{ key: 'adam_lrmin', message: `${message}; using the default 0` }])
    expect(state.values.adam_lr).toBe(0.001)
    expect(state.values.adam_lrmin).toBe(0)
  })

  it('a good link has no problems, and the defaults obey every rule', () => {
    expect(problemsOf('adam_lr=0.2&rmsprop_alpha=0.5&adam_sched=exponential&adam_gamma=0.99')).toEqual([])
    expect(schema.rules!(defaultState(schema).values)).toBeNull()
  })
})

describe('a typed value goes through the same check as the link', () => {
  const values = defaultState(schema).values
  it.each([
    ['rmsprop_alpha', '2', 'rmsprop: alpha must be a number in [0, 1], got 2'],
    ['adam_lr', '-1', 'adam: lr must be a finite number ≥ 0, got -1'],
    ['adam_lr', '0.1x', "adam: lr must be a number, got the string '0.1x'"],
    ['gd_gamma', 'NaN', 'gd: schedule gamma must be a number in (0, 1], got NaN'],
  ])('%s = %s', (key, text, message) => {
    expect(decodeWithRules(schema, values, key, text)).toEqual({ problem: message })
  })
  it('accepts a good value as the number it reads', () => {
    expect(decodeWithRules(schema, values, 'rmsprop_alpha', '0.5')).toEqual({ value: 0.5 })
  })
})
