// What the chapter-1 scenes share: the camera that faces the flat plot plane, the x-range parameter, and the
// compiled f, f′, f″ of a typed expression (memoised on the expression and its parameter values).
import { useMemo } from 'react'
import type { CameraPose } from '../../src/state/cameraPose.ts'
import type { IntervalSpec } from '../../src/state/paramSpec.ts'
import type { Expr } from '../../src/math/expr/index.ts'
import { function1d, type Function1d } from '../../src/math/calculus1d/index.ts'
import { CURVE_CAMERA_DISTANCE } from '../../src/render/curves/index.ts'

/** Looking along +y at the x–z plane with z up: the flat panels face the camera square on. */
export const CURVE_CAMERA: CameraPose = { position: [0, -CURVE_CAMERA_DISTANCE, 0], target: [0, 0, 0] }

export const xRangeParam = (lo: number, hi: number) => ({
  kind: 'interval',
  label: 'x range',
  min: -100,
  max: 100,
  step: 0.1,
  default: [lo, hi],
  folder: 'view',
}) satisfies IntervalSpec

/**
 * f, f′ and f″ of `expr` in `variable`, or the reason the symbolic derivative is unavailable. Rebuilt only when the
 * expression or the parameter values change (the state keeps both by identity until then).
 */
export function useFunction1d(expr: Expr, variable: string, params: Readonly<Record<string, number>>): Function1d | { error: string } {
  return useMemo(() => {
    try {
      return function1d(expr, variable, params)
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }, [expr, variable, params])
}

export const isFunction1d = (value: Function1d | { error: string }): value is Function1d => !('error' in value)
