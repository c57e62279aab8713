// The descent lab's parameters: the surface (a test function or any typed f), the start point, the race controls,
// every optimizer's hyperparameters (optimizerParams.ts) and swarm mode. The schema drives the GUI and the link.
import { OPTIMIZER_NAMES, TEST_FUNCTIONS, type TestFunction } from '../../../src/math/optim/index.ts'
import { sceneParams, type SceneSchema, type StatePatch } from '../../../src/state/paramSpec.ts'
import { OPTIMIZER_LABELS } from '../../../src/style/racerColours.ts'
import { SURFACE_CAMERA } from '../../shared/surfaceScene.ts'
import { optimizerParams, optimizerRules } from './optimizerParams.ts'

export const DESCENT_CAMERA = SURFACE_CAMERA

export const DEFAULT_FUNCTION = TEST_FUNCTIONS.find((t) => t.id === 'rosenbrock')!

/** Choosing a test function loads its expression, its usual domain, its showcase start and its parameter values. */
function functionPatch(t: TestFunction): StatePatch {
  return {
    values: { f: t.expression, xr: [t.domain.xMin, t.domain.xMax], yr: [t.domain.yMin, t.domain.yMax], sx: t.start[0], sy: t.start[1] },
    dynamic: Object.fromEntries(Object.entries(t.parameters).map(([name, spec]) => [name, spec.value])),
    camera: DESCENT_CAMERA,
  }
}

/** Slider ranges for the test functions' parameters (Rosenbrock's b = 100, the quadratic's κ up to 1000). */
export function dynamicOverrides(): NonNullable<SceneSchema['dynamic']> {
  const out: Record<string, { min: number; max: number; step: number; default: number; log?: boolean }> = {}
  for (const t of TEST_FUNCTIONS) {
    for (const [name, s] of Object.entries(t.parameters)) {
      out[name] = { min: s.min, max: s.max, step: 0.01, default: s.value, ...(s.min > 0 && s.max / s.min >= 100 ? { log: true } : {}) }
    }
  }
  return out
}

export const descentParams = sceneParams({
  fn: {
    kind: 'choice',
    label: 'test function',
    options: [...TEST_FUNCTIONS.map((t) => ({ value: t.id, label: t.name })), { value: 'custom', label: 'Custom (typed)' }],
    default: DEFAULT_FUNCTION.id,
    applies: Object.fromEntries(TEST_FUNCTIONS.map((t) => [t.id, functionPatch(t)])),
    detachOn: ['f'],
    detachValue: 'custom',
  },
  f: { kind: 'expression', label: 'f(x, y)', default: DEFAULT_FUNCTION.expression },
  sx: { kind: 'number', label: 'start x', min: -100, max: 100, step: 0.001, default: DEFAULT_FUNCTION.start[0], folder: 'start' },
  sy: { kind: 'number', label: 'start y', min: -100, max: 100, step: 0.001, default: DEFAULT_FUNCTION.start[1], folder: 'start' },
  speed: { kind: 'number', label: 'speed (steps/s)', min: 1, max: 5000, step: 1, default: 200, log: true, folder: 'race' },
  spf: { kind: 'integer', label: 'max steps per frame', min: 1, max: 1000, step: 1, default: 50, log: true, folder: 'race' },
  maxsteps: { kind: 'integer', label: 'max steps', min: 10, max: 20000, step: 1, default: 2000, log: true, folder: 'race' },
  gtol: { kind: 'number', label: 'stop when |∇f| <', min: 1e-12, max: 1, step: 1e-12, default: 1e-6, log: true, folder: 'race' },
  play: { kind: 'boolean', label: 'play when shown (play=1 in a link)', default: false, folder: 'race' },
  internals: { kind: 'boolean', label: 'draw internals', default: true, folder: 'race' },
  ...optimizerParams(),
  swarm: { kind: 'boolean', label: 'swarm mode', default: false, folder: 'swarm' },
  swopt: {
    kind: 'choice',
    label: 'optimizer',
    options: OPTIMIZER_NAMES.map((name) => ({ value: name, label: OPTIMIZER_LABELS[name] })),
    default: 'adam',
    folder: 'swarm',
  },
  swcount: { kind: 'integer', label: 'particles', min: 16, max: 4096, step: 1, default: 1024, log: true, folder: 'swarm' },
  swsteps: { kind: 'integer', label: 'steps', min: 10, max: 5000, step: 1, default: 500, log: true, folder: 'swarm' },
  xr: { kind: 'interval', label: 'x', min: -100, max: 100, step: 0.01, default: [DEFAULT_FUNCTION.domain.xMin, DEFAULT_FUNCTION.domain.xMax], folder: 'domain' },
  yr: { kind: 'interval', label: 'y', min: -100, max: 100, step: 0.01, default: [DEFAULT_FUNCTION.domain.yMin, DEFAULT_FUNCTION.domain.yMax], folder: 'domain' },
  res: { kind: 'integer', label: 'grid resolution', min: 16, max: 1024, step: 1, default: 192, log: true, folder: 'view' },
  zauto: { kind: 'boolean', label: 'fit z to f', default: true, folder: 'view' },
  zr: { kind: 'interval', label: 'z range (fixed)', min: -1e6, max: 1e6, step: 0.01, default: [0, 1000], folder: 'view' },
})

/** The known minima of the surface on screen: those of the chosen test function, none for a typed one. */
export function knownMinima(fnId: string): readonly (readonly [number, number])[] {
  return TEST_FUNCTIONS.find((t) => t.id === fnId)?.minima ?? []
}

/**
 * The lab's schema: its parameters, the test functions' slider ranges, the camera, and the optimizers' own rules with
 * their messages, checked for the GUI and links alike (defineScene takes these as they are).
 */
export const descentSchema = { params: descentParams, dynamic: dynamicOverrides(), camera: DESCENT_CAMERA, rules: optimizerRules } as const
