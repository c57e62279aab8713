// Optimizer options and schedules are validated with messages that name the option, the range and the value given
// (and its type when it is not a number). Each case below used to be accepted and make the optimizer misbehave
// (climb, NaN, lr = undefined), per the issue that filed them.
import { describe, expect, it } from 'vitest'
import { createOptimizer, type OptimizerName, type OptimizerOptions } from '../../../../src/math/optim/index.ts'

const make = (name: OptimizerName, options: unknown) => () => createOptimizer(name, options as OptimizerOptions)

describe('optimizer options', () => {
  it.each([
    ['gd', { lr: '0.1' }, "gd: lr must be a number, got the string '0.1'"],
    ['gd', { lr: -1 }, 'gd: lr must be a finite number ≥ 0, got -1'],
    ['gd', { lr: Infinity }, 'gd: lr must be a finite number ≥ 0, got Infinity'],
    ['adam', { eps: Infinity }, 'adam: eps must be a finite number ≥ 0, got Infinity'],
    ['momentum', { momentum: Infinity }, 'momentum: momentum must be a finite number ≥ 0, got Infinity'],
    ['adamw', { weightDecay: Infinity }, 'adamw: weightDecay must be a finite number ≥ 0, got Infinity'],
    ['momentum', { dampening: 2 }, 'momentum: dampening must be a number in [0, 1], got 2'],
    ['momentum', { dampening: NaN }, 'momentum: dampening must be a number in [0, 1], got NaN'],
    ['rmsprop', { alpha: 2 }, 'rmsprop: alpha must be a number in [0, 1], got 2'],
    ['adam', { beta2: 1 }, 'adam: beta2 must be a number in [0, 1), got 1'],
    ['rmsprop', { centered: 'yes' }, "rmsprop: centered must be true or false, got the string 'yes'"],
    ['adagrad', { lrDecay: null }, 'adagrad: lrDecay must be a number, got null'],
  ] as const)('%s %j', (name, options, message) => {
    expect(make(name, options)).toThrow(message)
  })

  it('accepts the edges of each range', () => {
    expect(make('momentum', { dampening: 1, lr: 0 })).not.toThrow()
    expect(make('rmsprop', { alpha: 1 })).not.toThrow()
    expect(make('adam', { beta1: 0, eps: 0 })).not.toThrow()
  })
})

describe('learning-rate schedules', () => {
  it.each([
    [{ kind: 'exponential', gamma: -1 }, 'gd: schedule gamma must be a number in (0, 1], got -1'],
    [{ kind: 'exponential', gamma: NaN }, 'gd: schedule gamma must be a number in (0, 1], got NaN'],
    [{ kind: 'exponential', gamma: 1.5 }, 'gd: schedule gamma must be a number in (0, 1], got 1.5'],
    [{ kind: 'step', stepSize: 0, gamma: 0.5 }, 'gd: schedule stepSize must be an integer ≥ 1, got 0'],
    [{ kind: 'step', stepSize: 10, gamma: '0.5' }, "gd: schedule gamma must be a number, got the string '0.5'"],
    [{ kind: 'cosine', tMax: 100, lrMin: -5 }, 'gd: schedule lrMin must be a number in [0, lr] = [0, 0.1], got -5'],
    [{ kind: 'cosine', tMax: 100, lrMin: 1 }, 'gd: schedule lrMin must be a number in [0, lr] = [0, 0.1], got 1'],
    [{ kind: 'warmup' }, "gd: schedule kind must be one of constant, step, exponential, cosine, got the string 'warmup'"],
  ])('%j', (schedule, message) => {
    expect(make('gd', { lr: 0.1, schedule })).toThrow(message)
  })

  it('a valid schedule still runs and never makes the rate negative', () => {
    const opt = createOptimizer('gd', { lr: 0.1, schedule: { kind: 'cosine', tMax: 10, lrMin: 0.01 } })
    const theta = new Float64Array([1])
    for (let i = 0; i < 20; i++) {
      opt.step(theta, new Float64Array([2 * theta[0]!]))
      expect(opt.state.lr).toBeGreaterThanOrEqual(0.01 - 1e-15)
    }
    expect(Math.abs(theta[0]!)).toBeLessThan(1)
  })
})
