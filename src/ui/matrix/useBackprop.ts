// The backprop scene's model: a seeded 2-D data set, a 2 → H → 2 network whose weights live here (a train button
// takes real full-batch SGD steps), one example's forward and backward pass as twelve named operations with their
// shapes, the decision picture, and the check of the batch gradients against tf.grads of the same network (float32).
import { useCallback, useMemo, useState } from 'react'
import {
  batchGradients, classOneProbabilityGrid, initNetwork, makeDataSet, sgdStep, traceExample,
  type Activation, type DataSetName, type ExampleTrace, type NetworkGradients, type NetworkParams,
} from '../../math/network/index.ts'
import { relativeDifference } from '../../math/matrix/index.ts'
import { useAutodiff, type AutodiffState } from './useAutodiffVerdict.ts'

export const DATA_SIZE = 80
export const GRID = 64
/** float32 autodiff vs float64 backprop: ~1e-7 per op over a few dozen ops and a mean of 80 examples. */
export const AUTODIFF_TOLERANCE = 1e-4

export interface Operation {
  readonly label: string
  readonly formula: string
  readonly shape: string
  readonly values: Float64Array
  readonly rows: number
  readonly cols: number
  readonly pass: 'forward' | 'backward'
}

export interface AutodiffCheck {
  readonly errors: Readonly<Record<keyof NetworkGradients, number>>
  readonly maxError: number
  readonly ok: boolean
  readonly autodiff: NetworkGradients
}

export interface BackpropModel {
  readonly data: ReturnType<typeof makeDataSet>
  readonly net: NetworkParams
  readonly trace: ExampleTrace
  readonly operations: readonly Operation[]
  readonly batch: { readonly loss: number; readonly grads: NetworkGradients; readonly accuracy: number }
  readonly grid: Float32Array
  readonly epochs: number
  readonly train: (steps: number) => void
  readonly reset: () => void
  readonly check: AutodiffState<AutodiffCheck>
}

export interface BackpropInput {
  readonly dataSet: DataSetName
  readonly hidden: number
  readonly activation: Activation
  readonly lr: number
  readonly example: number
  readonly seed: number
  readonly range: readonly [number, number]
}

function operationsOf(t: ExampleTrace, H: number, activation: Activation): Operation[] {
  const s = activation === 'tanh' ? 'tanh' : 'relu'
  const op = (pass: Operation['pass'], label: string, formula: string, values: Float64Array, rows: number, cols: number): Operation => ({
    pass, label, formula, values, rows, cols, shape: rows === 1 && cols === 1 ? 'scalar' : cols === 1 ? `${rows}` : `${rows}×${cols}`,
  })
  return [
    op('forward', 'z₁', `W₁x + b₁  (${H}×2 · 2 + ${H})`, t.z1, H, 1),
    op('forward', 'a₁', `${s}(z₁)  (entrywise)`, t.a1, H, 1),
    op('forward', 'z₂', `W₂a₁ + b₂  (2×${H} · ${H} + 2)`, t.z2, 2, 1),
    op('forward', 'p', 'softmax(z₂)', t.p, 2, 1),
    op('forward', 'L', '−log p_y', Float64Array.of(t.loss), 1, 1),
    op('backward', 'δ₂ = ∂L/∂z₂', 'p − y', t.delta2, 2, 1),
    op('backward', '∂L/∂W₂', `δ₂a₁ᵀ  (2 · 1×${H})`, t.grads.W2, 2, H),
    op('backward', '∂L/∂b₂', 'δ₂', t.grads.b2, 2, 1),
    op('backward', 'W₂ᵀδ₂', `(${H}×2 · 2)`, t.backToHidden, H, 1),
    op('backward', 'δ₁ = ∂L/∂z₁', `(W₂ᵀδ₂) ⊙ ${s}′(z₁)`, t.delta1, H, 1),
    op('backward', '∂L/∂W₁', `δ₁xᵀ  (${H} · 1×2)`, t.grads.W1, H, 2),
    op('backward', '∂L/∂b₁', 'δ₁', t.grads.b1, H, 1),
  ]
}

export function useBackprop({ dataSet, hidden, activation, lr, example, seed, range }: BackpropInput): BackpropModel {
  const data = useMemo(() => makeDataSet(dataSet, DATA_SIZE, seed), [dataSet, seed])
  const fresh = useMemo(() => initNetwork(hidden, seed), [hidden, seed])
  // trained weights: kept while the architecture and data stay, dropped when they change
  const [trained, setTrained] = useState<{ from: NetworkParams; data: typeof data; activation: Activation; net: NetworkParams; epochs: number } | null>(null)
  const current = trained !== null && trained.from === fresh && trained.data === data && trained.activation === activation ? trained : null
  const net = current?.net ?? fresh
  const epochs = current?.epochs ?? 0
  const train = useCallback((steps: number) => {
    let next = net
    for (let i = 0; i < steps; i++) next = sgdStep(next, batchGradients(next, activation, data).grads, lr)
    setTrained({ from: fresh, data, activation, net: next, epochs: epochs + steps })
  }, [net, activation, data, lr, fresh, epochs])
  const reset = useCallback(() => setTrained(null), [])
  const index = Math.min(example, data.size) - 1
  const trace = useMemo(() => traceExample(net, activation, data.x.subarray(2 * index, 2 * index + 2), data.label[index]!), [net, activation, data, index])
  const operations = useMemo(() => operationsOf(trace, hidden, activation), [trace, hidden, activation])
  const batch = useMemo(() => batchGradients(net, activation, data), [net, activation, data])
  const grid = useMemo(() => classOneProbabilityGrid(net, activation, GRID, range[0], range[1]), [net, activation, range])
  const job = useMemo(() => ({ network }: { network: typeof import('../../tensor/networkAutodiff.ts') }): AutodiffCheck => {
    const auto = network.autodiffNetworkGradients(net, activation, data).grads
    const errors = {
      W1: relativeDifference(auto.W1, batch.grads.W1), b1: relativeDifference(auto.b1, batch.grads.b1),
      W2: relativeDifference(auto.W2, batch.grads.W2), b2: relativeDifference(auto.b2, batch.grads.b2),
    }
    const maxError = Math.max(...Object.values(errors))
    return { errors, maxError, ok: maxError <= AUTODIFF_TOLERANCE, autodiff: auto }
  }, [net, activation, data, batch])
  const check = useAutodiff(job)
  return useMemo(() => ({ data, net, trace, operations, batch, grid, epochs, train, reset, check }), [data, net, trace, operations, batch, grid, epochs, train, reset, check])
}
