import { describe, expect, it } from 'vitest'
import { createOptimizer, OPTIMIZER_NAMES } from '../../../../src/math/optim/index.ts'
import { defaultState } from '../../../../src/state/sceneState.ts'
import { descentSchema as lab } from '../../../../scenes/lab/descent/descentSchema.ts'
import type { SceneSchema } from '../../../../src/state/paramSpec.ts'
import { ENABLED_BY_DEFAULT, HYPERPARAMETERS, key, optionsFrom, racerSpecsFrom } from '../../../../scenes/lab/descent/optimizerParams.ts'

/** The generated optimizer keys are not literal types: read the schema by string key. */
const descentSchema: SceneSchema = lab
const defaults = defaultState(descentSchema).values

describe('optimizer parameters in the schema', () => {
  it('every optimizer has a folder with its enable box, each of its hyperparameters and a schedule', () => {
    for (const name of OPTIMIZER_NAMES) {
      for (const setting of ['on', ...HYPERPARAMETERS[name], 'sched', 'gamma', 'stepsize', 'tmax', 'lrmin']) {
        expect(descentSchema.params[key(name, setting)], `${name} ${setting}`).toBeDefined()
      }
    }
    // The learning rate moves on a log slider; Nesterov has no dampening (PyTorch requires it to be 0).
    expect(descentSchema.params[key('adam', 'lr')]).toMatchObject({ kind: 'number', log: true })
    expect(descentSchema.params[key('nesterov', 'dampening')]).toBeUndefined()
  })

  it('the whole torch.optim set of knobs is reachable', () => {
    const all = new Set(OPTIMIZER_NAMES.flatMap((n) => HYPERPARAMETERS[n]))
    for (const knob of ['lr', 'momentum', 'dampening', 'alpha', 'eps', 'beta1', 'beta2', 'weightDecay', 'centered', 'amsgrad', 'initialAccumulatorValue', 'lrDecay']) {
      expect(all.has(knob as never), knob).toBe(true)
    }
  })

  it('labels are unique (the readouts list them flat)', () => {
    const labels = Object.values(descentSchema.params).map((s) => s.label)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('defaults race GD, momentum and Adam, and every default builds a valid optimizer', () => {
    expect(racerSpecsFrom(defaults).map((s) => s.id)).toEqual([...ENABLED_BY_DEFAULT])
    for (const name of OPTIMIZER_NAMES) expect(() => createOptimizer(name, optionsFrom(name, defaults))).not.toThrow()
  })

  it('maps values to options, schedules included', () => {
    const values = { ...defaults, [key('adam', 'lr')]: 0.02, [key('adam', 'beta2')]: 0.95, [key('adam', 'amsgrad')]: true, [key('adam', 'sched')]: 'step', [key('adam', 'stepsize')]: 50, [key('adam', 'gamma')]: 0.5 }
    const options = optionsFrom('adam', values)
    expect(options).toMatchObject({ lr: 0.02, beta2: 0.95, amsgrad: true, schedule: { kind: 'step', stepSize: 50, gamma: 0.5 } })
    const opt = createOptimizer('adam', options)
    expect(opt.options.beta2).toBe(0.95)
    expect(optionsFrom('gd', { ...values, [key('gd', 'sched')]: 'cosine', [key('gd', 'tmax')]: 300, [key('gd', 'lrmin')]: 1e-4 }).schedule).toEqual({ kind: 'cosine', tMax: 300, lrMin: 1e-4 })
  })
})
