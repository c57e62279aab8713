// A small schema with one parameter of every kind, written out by hand so that expected values in the tests
// are read from here (the fixture), never from the code under test.
import type { SceneSchema } from '../../../src/state/paramSpec.ts'

export const CAMERA = { position: [3, -4, 2] as const, target: [0, 0, 0] as const }

export const testSchema: SceneSchema = {
  params: {
    preset: {
      kind: 'choice',
      options: [
        { value: 'bowl', label: 'Bowl' },
        { value: 'wave', label: 'Wave' },
        { value: 'custom', label: 'Custom' },
      ],
      default: 'bowl',
      applies: {
        bowl: { values: { f: 'x^2 + y^2', xr: [-2, 2] } },
        wave: { values: { f: 'a*sin(k*x)', xr: [-6, 6] }, dynamic: { k: 3 }, camera: { position: [0, -5, 5], target: [0, 0, 1] } },
      },
      detachOn: ['f'],
      detachValue: 'custom',
    },
    f: { kind: 'expression', default: 'x^2 + y^2' },
    xr: { kind: 'interval', min: -10, max: 10, step: 0.1, default: [-2, 2] },
    res: { kind: 'integer', min: 16, max: 1024, step: 1, default: 256, log: true },
    gain: { kind: 'number', min: 0, max: 2, step: 0.01, default: 0.5 },
    grid: { kind: 'boolean', default: true },
  },
  dynamic: { k: { min: 0.1, max: 10, default: 2 } },
  camera: CAMERA,
}
