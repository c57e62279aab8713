// Every hyperparameter of every optimizer as a schema parameter (so each is a GUI control and part of the link),
// and the way back: the scene's values → the RacerSpecs the race runs. One lil-gui folder per optimizer, holding
// its enable box, exactly the hyperparameters torch.optim gives that kind, and an LR schedule with its parameters.
import type { LrSchedule, OptimizerName, OptimizerOptions, RacerSpec } from '../../../src/math/optim/index.ts'
import { OPTIMIZER_NAMES, OptionError, validateRawOptions, validateRawSchedule } from '../../../src/math/optim/index.ts'
import type { ParamSpec, ParamValue, RuleProblem } from '../../../src/state/paramSpec.ts'
import { OPTIMIZER_LABELS } from '../../../src/style/racerColours.ts'

type Hyper = Exclude<keyof OptimizerOptions, 'schedule'>

/** Which torch.optim hyperparameters each kind has (Nesterov has no dampening: PyTorch requires it to be 0). */
export const HYPERPARAMETERS: Readonly<Record<OptimizerName, readonly Hyper[]>> = {
  gd: ['lr', 'weightDecay'],
  momentum: ['lr', 'momentum', 'dampening', 'weightDecay'],
  nesterov: ['lr', 'momentum', 'weightDecay'],
  adagrad: ['lr', 'lrDecay', 'initialAccumulatorValue', 'eps', 'weightDecay'],
  rmsprop: ['lr', 'alpha', 'eps', 'momentum', 'centered', 'weightDecay'],
  adam: ['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'amsgrad'],
  adamw: ['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'amsgrad'],
}

/**
 * Lab defaults: PyTorch's, except the learning rates, which are chosen so that on the default surface (Rosenbrock
 * from (−1.5, 2)) every racer makes visible progress in a couple of thousand steps without diverging
 * (GD is stable there only below about 2/λ_max ≈ 1e-3).
 */
const LAB_LR: Readonly<Record<OptimizerName, number>> = {
  gd: 1e-3, momentum: 5e-4, nesterov: 5e-4, adagrad: 0.5, rmsprop: 0.01, adam: 0.05, adamw: 0.05,
}
export const ENABLED_BY_DEFAULT: readonly OptimizerName[] = ['gd', 'momentum', 'adam']

function hyperSpec(name: OptimizerName, hyper: Hyper, folder: string): ParamSpec {
  const spec = hyperSpecUnlabelled(name, hyper, folder)
  return { ...spec, label: `${OPTIMIZER_LABELS[name]} ${spec.label}` }
}

function hyperSpecUnlabelled(name: OptimizerName, hyper: Hyper, folder: string): ParamSpec {
  switch (hyper) {
    case 'lr':
      return { kind: 'number', label: 'learning rate lr', min: 1e-5, max: 10, step: 1e-5, default: LAB_LR[name], log: true, folder }
    case 'momentum':
      return { kind: 'number', label: 'momentum μ', min: 0, max: 0.999, step: 0.001, default: name === 'rmsprop' ? 0 : 0.9, folder }
    case 'dampening':
      return { kind: 'number', label: 'dampening τ', min: 0, max: 1, step: 0.01, default: 0, folder }
    case 'alpha':
      return { kind: 'number', label: 'alpha α', min: 0, max: 0.9999, step: 0.0001, default: 0.99, folder }
    case 'eps':
      return { kind: 'number', label: 'eps ε', min: 1e-12, max: 1, step: 1e-12, default: name === 'adagrad' ? 1e-10 : 1e-8, log: true, folder }
    case 'beta1':
      return { kind: 'number', label: 'beta1 β₁', min: 0, max: 0.999, step: 0.001, default: 0.9, folder }
    case 'beta2':
      return { kind: 'number', label: 'beta2 β₂', min: 0, max: 0.9999, step: 0.0001, default: 0.999, folder }
    case 'weightDecay':
      return { kind: 'number', label: 'weight decay λ', min: 0, max: 1, step: 0.001, default: name === 'adamw' ? 0.01 : 0, folder }
    case 'centered':
      return { kind: 'boolean', label: 'centered', default: false, folder }
    case 'amsgrad':
      return { kind: 'boolean', label: 'AMSGrad', default: false, folder }
    case 'initialAccumulatorValue':
      return { kind: 'number', label: 'initial accumulator', min: 0, max: 10, step: 0.01, default: 0, folder }
    case 'lrDecay':
      return { kind: 'number', label: 'lr decay η', min: 0, max: 1, step: 0.0001, default: 0, folder }
  }
}

const SCHEDULES = [
  { value: 'constant', label: 'constant' },
  { value: 'step', label: 'StepLR' },
  { value: 'exponential', label: 'ExponentialLR' },
  { value: 'cosine', label: 'CosineAnnealingLR' },
] as const

/** URL key of one optimizer setting, e.g. key('adam', 'beta1') = 'adam_beta1'. */
export const key = (name: OptimizerName, setting: string): string => `${name}_${setting}`

/** The schema parameters of all optimizers, folder by folder, in OPTIMIZER_NAMES order. */
export function optimizerParams(): Record<string, ParamSpec> {
  const params: Record<string, ParamSpec> = {}
  for (const name of OPTIMIZER_NAMES) {
    const folder = OPTIMIZER_LABELS[name]
    // Labels carry the optimizer's name although the folder does too: the side panel's readouts list them flat.
    const label = (text: string) => `${folder} ${text}`
    params[key(name, 'on')] = { kind: 'boolean', label: label('races'), default: ENABLED_BY_DEFAULT.includes(name), folder }
    for (const hyper of HYPERPARAMETERS[name]) params[key(name, hyper)] = hyperSpec(name, hyper, folder)
    params[key(name, 'sched')] = { kind: 'choice', label: label('LR schedule'), options: SCHEDULES, default: 'constant', folder }
    // Each schedule's settings show only while that schedule is chosen (shownWhen); torch.optim's names and symbols.
    const schedule = (...is: string[]) => ({ key: key(name, 'sched'), is })
    params[key(name, 'gamma')] = { kind: 'number', label: label('decay factor gamma'), min: 0.5, max: 1, step: 0.0001, default: 0.999, folder, shownWhen: schedule('step', 'exponential') }
    params[key(name, 'stepsize')] = { kind: 'integer', label: label('StepLR step_size'), min: 1, max: 10000, step: 1, default: 200, log: true, folder, shownWhen: schedule('step') }
    params[key(name, 'tmax')] = { kind: 'integer', label: label('cosine T_max'), min: 1, max: 20000, step: 1, default: 1000, log: true, folder, shownWhen: schedule('cosine') }
    params[key(name, 'lrmin')] = { kind: 'number', label: label('cosine eta_min'), min: 0, max: 1, step: 1e-5, default: 0, folder, shownWhen: schedule('cosine') }
  }
  return params
}

/**
 * The optimizer settings are generated per optimizer (key('adam', 'beta1')), so their keys are not literal types; they
 * are read through these checks, which name the key if the state ever disagreed with the schema above.
 */
function numberAt(values: Readonly<Record<string, ParamValue>>, k: string): number {
  const value = values[k]
  if (typeof value !== 'number') throw new Error(`descent lab: setting '${k}' should hold a number, not ${JSON.stringify(value)}`)
  return value
}

function booleanAt(values: Readonly<Record<string, ParamValue>>, k: string): boolean {
  const value = values[k]
  if (typeof value !== 'boolean') throw new Error(`descent lab: setting '${k}' should hold a boolean, not ${JSON.stringify(value)}`)
  return value
}

export function scheduleFrom(name: OptimizerName, values: Readonly<Record<string, ParamValue>>): LrSchedule {
  const num = (setting: string) => numberAt(values, key(name, setting))
  switch (values[key(name, 'sched')]) {
    case 'step': return { kind: 'step', stepSize: num('stepsize'), gamma: num('gamma') }
    case 'exponential': return { kind: 'exponential', gamma: num('gamma') }
    case 'cosine': return { kind: 'cosine', tMax: num('tmax'), lrMin: num('lrmin') }
    default: return { kind: 'constant' }
  }
}

export function optionsFrom(name: OptimizerName, values: Readonly<Record<string, ParamValue>>): OptimizerOptions {
  const options: { -readonly [K in Hyper]?: OptimizerOptions[K] } = {}
  for (const hyper of HYPERPARAMETERS[name]) {
    if (hyper === 'centered' || hyper === 'amsgrad') options[hyper] = booleanAt(values, key(name, hyper))
    else options[hyper] = numberAt(values, key(name, hyper))
  }
  return { ...options, schedule: scheduleFrom(name, values) }
}

/** The enabled optimizers as race entries (id = optimizer name), in OPTIMIZER_NAMES order. */
export function racerSpecsFrom(values: Readonly<Record<string, ParamValue>>): RacerSpec[] {
  return OPTIMIZER_NAMES.filter((name) => values[key(name, 'on')] === true).map((name) => ({
    id: name,
    optimizer: name,
    options: optionsFrom(name, values),
  }))
}

/** The setting (URL key suffix) behind each option that validateOptions names in its errors. */
const SETTING_OF_OPTION: Readonly<Record<string, string>> = {
  'schedule gamma': 'gamma', 'schedule stepSize': 'stepsize', 'schedule tMax': 'tmax', 'schedule lrMin': 'lrmin', 'schedule kind': 'sched',
}

/**
 * The options exactly as the values hold them, unchecked (a typed text stays a string), so that validateOptions, the
 * rule the optimizers themselves enforce, judges them and its sentence is what the GUI and the link banner show.
 */
function rawOptionsFrom(name: OptimizerName, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const at = (setting: string) => values[key(name, setting)]
  const options: Record<string, unknown> = {}
  for (const hyper of HYPERPARAMETERS[name]) options[hyper] = at(hyper)
  const kind = at('sched')
  options.schedule =
    kind === 'step' ? { kind, stepSize: at('stepsize'), gamma: at('gamma') }
    : kind === 'exponential' ? { kind, gamma: at('gamma') }
    : kind === 'cosine' ? { kind, tMax: at('tmax'), lrMin: at('lrmin') }
    : { kind }
  return options
}

/**
 * The lab's rules (SceneSchema.rules): every optimizer's settings, enabled or not (they are all in the link and the
 * GUI), pass validateOptions; the first that does not is reported at its setting with validateOptions' own message
 * ("rmsprop: alpha must be a number in [0, 1], got 2"). A cosine η_min is judged against lr only while cosine is chosen.
 */
export function optimizerRules(values: Readonly<Record<string, unknown>>): RuleProblem | null {
  for (const name of OPTIMIZER_NAMES) {
    try {
      const options = rawOptionsFrom(name, values)
      validateRawOptions(name, options)
      // γ and step_size are kept while another schedule is chosen (the link holds them): judged the same way.
      validateRawSchedule(name, { kind: 'step', stepSize: values[key(name, 'stepsize')], gamma: values[key(name, 'gamma')] }, Number(options.lr))
    } catch (error) {
      if (!(error instanceof OptionError)) throw error
      return { key: key(name, SETTING_OF_OPTION[error.option] ?? error.option), message: error.message }
    }
  }
  return null
}
