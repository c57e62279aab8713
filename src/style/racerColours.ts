// Colours of the racers and of the basins. The racers use the Okabe–Ito palette (distinguishable with the common
// colour-vision deficiencies) in a fixed order per optimizer, so "Adam is orange" holds in every view and chart.
import type { OptimizerName } from '../math/optim/index.ts'

export const OPTIMIZER_COLOURS: Readonly<Record<OptimizerName, string>> = {
  gd: '#e69f00',
  momentum: '#56b4e9',
  nesterov: '#009e73',
  adagrad: '#f0e442',
  rmsprop: '#cc79a7',
  adam: '#ff5e3a',
  adamw: '#f7f7f7',
}

export const OPTIMIZER_LABELS: Readonly<Record<OptimizerName, string>> = {
  gd: 'GD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  adamw: 'AdamW',
}

/** Basin colours: one per known minimum, cycling past eight; unresolved particles (index −1) are grey. */
const BASIN_PALETTE = ['#e69f00', '#56b4e9', '#009e73', '#cc79a7', '#f0e442', '#0072b2', '#d55e00', '#b0b0b0'] as const
export const UNRESOLVED_COLOUR = '#4a505a'

export function basinColour(index: number): string {
  if (!(index >= 0)) return UNRESOLVED_COLOUR
  return BASIN_PALETTE[index % BASIN_PALETTE.length]!
}
