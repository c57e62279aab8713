// The plot box transform, shared with everything drawn in the plot (axes, tangent planes, arrows, trails), so that
// an instrument places itself on the surface with transform.toWorld(x, y, f(x, y)).
import { createContext, useContext, type ReactNode } from 'react'
import type { PlotTransform } from '../math/plot/index.ts'

export const PlotTransformContext = createContext<PlotTransform | null>(null)

export function PlotTransformProvider({ value, children }: { value: PlotTransform; children?: ReactNode }) {
  return <PlotTransformContext.Provider value={value}>{children}</PlotTransformContext.Provider>
}

/** The transform of the enclosing plot. Throws with a fix when used outside one. */
export function usePlotTransform(): PlotTransform {
  const transform = useContext(PlotTransformContext)
  if (!transform) {
    throw new Error(
      'usePlotTransform: no plot transform here. Render this component as a child of <SurfacePlot> ' +
        '(or wrap it in <PlotTransformProvider value={createPlotTransform(domain, zRange)}>).',
    )
  }
  return transform
}
