// Classic maps of the plane for the Jacobian scene, each with a domain and a picked point that show its lesson.
export interface MapPreset {
  readonly label: string
  readonly u: string
  readonly v: string
  readonly x: readonly [number, number]
  readonly y: readonly [number, number]
  readonly point: readonly [number, number]
  /** Values of the preset's own parameters (sliders), e.g. the entries of a linear map. */
  readonly dynamic?: Readonly<Record<string, number>>
}

export const MAP_PRESETS = {
  // z ↦ z² with z = x + iy. Conformal: J is a rotation times a scale, so small squares stay squares; det J = 4(x² + y²).
  complexSquare: { label: 'Complex square z²', u: 'x^2 - y^2', v: '2*x*y', x: [-1.5, 1.5], y: [-1.5, 1.5], point: [0.8, 0.5] },
  // A linear map is its own Jacobian: J = [[a, b], [c, d]] everywhere, and F(S) IS the parallelogram.
  linear: {
    label: 'Linear [[a, b], [c, d]]',
    u: 'a*x + b*y',
    v: 'c*x + d*y',
    x: [-1, 1],
    y: [-1, 1],
    point: [0.3, 0.2],
    dynamic: { a: 1.2, b: 0.5, c: -0.3, d: 0.9 },
  },
  // (r, θ) ↦ (r cos θ, r sin θ) with r = x and θ = y: det J = r, so areas near the origin shrink to nothing.
  polar: { label: 'Polar (r, θ) ↦ (r cos θ, r sin θ)', u: 'x*cos(y)', v: 'x*sin(y)', x: [0, 2], y: [-3, 3], point: [1.2, 0.6] },
  // A shear slides lines of constant y along themselves: the grid tilts but det J = 1, areas are kept.
  shear: { label: 'Shear', u: 'x + k*y', v: 'y', x: [-1, 1], y: [-1, 1], point: [0.2, 0.3], dynamic: { k: 1 } },
  // Each circle turns by an angle s·r² that grows with its radius: the grid is wildly bent, yet det J = 1 everywhere.
  swirl: {
    label: 'Swirl (area-preserving)',
    u: 'x*cos(s*(x^2 + y^2)) - y*sin(s*(x^2 + y^2))',
    v: 'x*sin(s*(x^2 + y^2)) + y*cos(s*(x^2 + y^2))',
    x: [-1.5, 1.5],
    y: [-1.5, 1.5],
    point: [0.9, 0.4],
    dynamic: { s: 1 },
  },
  // Whitney's fold (u, v) = (x, y³ + x y): det J = 3y² + x changes sign along a parabola, where the sheet folds over;
  // inside it the map flips orientation.
  fold: { label: 'Fold (orientation flips)', u: 'x', v: 'y^3 + x*y', x: [-1.5, 1.5], y: [-1.5, 1.5], point: [-1, 0.2] },
} as const satisfies Readonly<Record<string, MapPreset>>

export type MapPresetId = keyof typeof MAP_PRESETS
