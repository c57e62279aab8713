// Seeded generators of the classic 2D classification sets (the ones of the TensorFlow Playground and sklearn.datasets).
// Pure TypeScript: the points are plain arrays, turned into tensors by the trainer. Classes are balanced, and the
// points alternate between classes so that any prefix is balanced too.
import { seededRandom, type SeededRandom } from '../../math/seededRandom.ts'

export type Dataset2dName = 'moons' | 'spirals' | 'circles' | 'xor'
export const DATASET_2D_NAMES: readonly Dataset2dName[] = ['moons', 'spirals', 'circles', 'xor']

export interface Dataset {
  /** Row-major [count, features]. */
  readonly x: Float32Array
  readonly labels: Int32Array
  readonly count: number
  readonly features: number
  readonly classes: number
}

export interface Dataset2dOptions {
  readonly count?: number
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  readonly noise?: number
  readonly seed?: number
}

type Point = (label: number, i: number, n: number, r: SeededRandom) => [number, number]

// Two interleaved half circles (sklearn's make_moons): class 0 the upper arc, class 1 the lower arc shifted right.
const moon: Point = (label, _i, _n, r) => {
  const t = Math.PI * r.uniform()
  return label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)]
}

// Two arms of an Archimedean spiral, the second turned by π; 1.75 turns each, radius growing to 1.
const spiral: Point = (label, i, n) => {
  const s = (Math.floor(i / 2) + 0.5) / Math.ceil(n / 2)
  const angle = 1.75 * 2 * Math.PI * s + label * Math.PI
  return [s * Math.cos(angle), s * Math.sin(angle)]
}

// Concentric circles: class 0 on radius 1, class 1 on radius 0.45 (sklearn's factor 0.45).
const circle: Point = (label, _i, _n, r) => {
  const t = 2 * Math.PI * r.uniform()
  const radius = label === 0 ? 1 : 0.45
  return [radius * Math.cos(t), radius * Math.sin(t)]
}

// XOR: uniform in the square [−1, 1]², kept away from the axes by 0.05; the label is whether x·y < 0.
const xorPoint: Point = (label, _i, _n, r) => {
  for (;;) {
    const x = 2 * r.uniform() - 1
    const y = 2 * r.uniform() - 1
    if (Math.abs(x) < 0.05 || Math.abs(y) < 0.05) continue
    if ((x * y < 0 ? 1 : 0) === label) return [x, y]
  }
}

const GENERATORS: Record<Dataset2dName, { point: Point; noise: number }> = {
  moons: { point: moon, noise: 0.1 },
  spirals: { point: spiral, noise: 0.04 },
  circles: { point: circle, noise: 0.08 },
  xor: { point: xorPoint, noise: 0.02 },
}

export function makeDataset2d(name: Dataset2dName, options: Dataset2dOptions = {}): Dataset {
  const generator = GENERATORS[name]
  if (!generator) throw new RangeError(`unknown data set '${name}'; one of ${DATASET_2D_NAMES.join(', ')}`)
  const count = options.count ?? 400
  if (!Number.isInteger(count) || count < 2 || count > 100_000) throw new RangeError(`count must be an integer in [2, 100000], got ${count}`)
  const noise = options.noise ?? generator.noise
  if (!(noise >= 0 && noise <= 1)) throw new RangeError(`noise must be in [0, 1], got ${noise}`)
  const r = seededRandom(options.seed ?? 1)
  const x = new Float32Array(2 * count)
  const labels = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    const label = i % 2
    const [px, py] = generator.point(label, i, count, r)
    x[2 * i] = px + noise * r.normal()
    x[2 * i + 1] = py + noise * r.normal()
    labels[i] = label
  }
  return { x, labels, count, features: 2, classes: 2 }
}
