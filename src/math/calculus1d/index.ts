// Pure helpers for the one-variable instruments of chapter 1: f, f′ and f″ as closures, secant and tangent lines,
// difference-quotient tables with their error terms, one-sided limits (does f′(x) exist?), honest curve sampling,
// the flat plot panel, and a symbolic zero test for identities.
export { function1d, type Function1d, type RealFn } from './function1d.ts'
export { secantLine, tangentLine, lineAt, isDrawableLine, clipLineToWindow, type Line1d } from './lines1d.ts'
export { differenceQuotient, quotientTable, optimalStep, bestRow, FLOAT64_EPSILON, type QuotientRow } from './differenceQuotients.ts'
export { oneSidedLimit, derivativeVerdict, slopesAgree, type Side, type SideLimit, type DerivativeVerdict } from './oneSidedDerivative.ts'
export { sampleCurve, clipPolylines, type Polyline, type SampleCurveOptions } from './sampleCurve.ts'
export { createCurveFrame, fitCurveWindow, type CurveFrame, type CurveWindow, type PanelRect } from './curveFrame.ts'
export { isIdenticallyZero } from './polynomialIdentity.ts'
export { substitute } from './substitute.ts'
