// Small seeded 2-D classification sets for the backprop scene: two classes, labels 0 and 1, points in about [-2, 2]².
// Seeded (mulberry32 through seededUniform), so a scene, a test and a recording show the same points every time.
import { seededUniform } from '../matrix/random.ts'

export type DataSetName = 'moons' | 'circles' | 'xor' | 'blobs'
export const DATA_SET_NAMES: readonly DataSetName[] = ['moons', 'circles', 'xor', 'blobs']

export interface DataSet {
  /** Row-major N×2 inputs. */
  readonly x: Float64Array
  /** N labels, 0 or 1. */
  readonly label: Uint8Array
  readonly size: number
}

/** A standard normal sample (Box–Muller) from a uniform generator. */
function gaussian(next: () => number): number {
  const u = Math.max(next(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
}

export function makeDataSet(name: DataSetName, size: number, seed = 1, noise = 0.15): DataSet {
  const next = seededUniform(seed)
  const x = new Float64Array(size * 2)
  const label = new Uint8Array(size)
  for (let i = 0; i < size; i++) {
    const c = i % 2
    let px: number
    let py: number
    switch (name) {
      case 'moons': {
        // two interleaved half circles (as scikit-learn's make_moons), centred and scaled to about [-2, 2]
        const t = Math.PI * next()
        ;[px, py] = c === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)]
        ;[px, py] = [1.6 * (px - 0.5), 1.6 * (py - 0.25)]
        break
      }
      case 'circles': {
        const t = 2 * Math.PI * next()
        const r = c === 0 ? 0.6 : 1.6
        ;[px, py] = [r * Math.cos(t), r * Math.sin(t)]
        break
      }
      case 'xor': {
        const [sx, sy] = [next() < 0.5 ? -1 : 1, 0]
        const qy = c === 0 ? sx : -sx
        ;[px, py] = [sx * (0.3 + 1.4 * next()), qy * (0.3 + 1.4 * next()) + sy]
        break
      }
      case 'blobs': {
        ;[px, py] = c === 0 ? [-0.9, -0.6] : [0.9, 0.6]
        break
      }
    }
    x[2 * i] = px + noise * gaussian(next) * (name === 'blobs' ? 3 : 1)
    x[2 * i + 1] = py + noise * gaussian(next) * (name === 'blobs' ? 3 : 1)
    label[i] = c
  }
  return { x, label, size }
}
