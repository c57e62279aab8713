// The classic optimization test surfaces, as text in the workbench's grammar (so they go through the same parser,
// exact derivatives and emitters as anything a user types), with their usual domains and known global minima.
// Sources: the standard definitions (Surjanovic & Bingham's Virtual Library of Simulation Experiments; Himmelblau 1972).

export interface TestFunction {
  readonly id: string
  readonly name: string
  readonly expression: string
  /** Parameter defaults (free names other than x and y), with slider ranges. */
  readonly parameters: Readonly<Record<string, { value: number; min: number; max: number }>>
  readonly domain: { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number }
  /** Known global minima (all of them, when there are several of equal value); empty for saddles. */
  readonly minima: readonly (readonly [number, number])[]
  /** A start point that shows the function's character. */
  readonly start: readonly [number, number]
  readonly note: string
}

const none = {}

export const TEST_FUNCTIONS: readonly TestFunction[] = [
  {
    id: 'rosenbrock', name: 'Rosenbrock', expression: '(a - x)^2 + b (y - x^2)^2',
    parameters: { a: { value: 1, min: -2, max: 2 }, b: { value: 100, min: 1, max: 200 } },
    domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 }, minima: [[1, 1]], start: [-1.5, 2],
    note: 'A curved, flat-bottomed valley: easy to find, slow to follow. The minimum is at (a, a²).',
  },
  {
    id: 'beale', name: 'Beale', expression: '(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2',
    parameters: none, domain: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 }, minima: [[3, 0.5]], start: [1, 1.5],
    note: 'Sharp ridges and flat plateaus in the corners.',
  },
  {
    id: 'himmelblau', name: 'Himmelblau', expression: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    parameters: none, domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
    minima: [[3, 2], [-2.805118, 3.131312], [-3.77931, -3.283186], [3.584428, -1.848126]], start: [-0.3, -0.9],
    note: 'Four equal minima: which one you reach depends on where you start.',
  },
  {
    id: 'booth', name: 'Booth', expression: '(x + 2 y - 7)^2 + (2 x + y - 5)^2',
    parameters: none, domain: { xMin: -10, xMax: 10, yMin: -10, yMax: 10 }, minima: [[1, 3]], start: [-8, -8],
    note: 'A tilted quadratic bowl (condition number 9).',
  },
  {
    id: 'rastrigin', name: 'Rastrigin', expression: '20 + x^2 - 10 cos(2 pi x) + y^2 - 10 cos(2 pi y)',
    parameters: none, domain: { xMin: -5.12, xMax: 5.12, yMin: -5.12, yMax: 5.12 }, minima: [[0, 0]], start: [3.2, 2.3],
    note: 'A bowl covered in a regular grid of local minima.',
  },
  {
    id: 'ackley', name: 'Ackley',
    expression: '-20 exp(-0.2 sqrt(0.5 (x^2 + y^2))) - exp(0.5 (cos(2 pi x) + cos(2 pi y))) + e + 20',
    parameters: none, domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 }, minima: [[0, 0]], start: [3.5, -2.5],
    note: 'Nearly flat outside, a deep funnel in the middle; the gradient is undefined at the minimum itself.',
  },
  {
    id: 'goldstein-price', name: 'Goldstein–Price',
    expression:
      '(1 + (x + y + 1)^2 (19 - 14 x + 3 x^2 - 14 y + 6 x y + 3 y^2)) (30 + (2 x - 3 y)^2 (18 - 32 x + 12 x^2 + 48 y - 36 x y + 27 y^2))',
    parameters: none, domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, minima: [[0, -1]], start: [-1.2, 1.2],
    note: 'Values span six orders of magnitude: a test of step-size adaptation.',
  },
  {
    id: 'styblinski-tang', name: 'Styblinski–Tang', expression: '(x^4 - 16 x^2 + 5 x + y^4 - 16 y^2 + 5 y) / 2',
    parameters: none, domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 }, minima: [[-2.903534, -2.903534]], start: [0.5, 0.5],
    note: 'Four basins of different depth; only one is global.',
  },
  {
    id: 'six-hump-camel', name: 'Six-hump camel', expression: '(4 - 2.1 x^2 + x^4 / 3) x^2 + x y + (-4 + 4 y^2) y^2',
    parameters: none, domain: { xMin: -3, xMax: 3, yMin: -2, yMax: 2 }, minima: [[0.0898, -0.7126], [-0.0898, 0.7126]],
    start: [-1.5, -1], note: 'Six local minima, two of them global.',
  },
  {
    id: 'saddle', name: 'Saddle', expression: 'x^2 - y^2',
    parameters: none, domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, minima: [], start: [1.5, 0.01],
    note: 'No minimum: starting almost on the ridge, plain gradient descent lingers near the saddle point.',
  },
  {
    id: 'monkey-saddle', name: 'Monkey saddle', expression: 'x^3 - 3 x y^2',
    parameters: none, domain: { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 }, minima: [], start: [0.5, 0.05],
    note: 'A degenerate saddle (the Hessian is zero at the origin) with three valleys.',
  },
  {
    id: 'ill-conditioned', name: 'Ill-conditioned quadratic', expression: '(kappa x^2 + y^2) / 2',
    parameters: { kappa: { value: 10, min: 1, max: 1000 } },
    domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, minima: [[0, 0]], start: [1.5, 1.8],
    note: 'Hessian diag(κ, 1): the condition number κ sets how much plain gradient descent zig-zags.',
  },
]

export function testFunction(id: string): TestFunction {
  const found = TEST_FUNCTIONS.find((f) => f.id === id)
  if (!found) throw new RangeError(`unknown test function '${id}'; expected one of ${TEST_FUNCTIONS.map((f) => f.id).join(', ')}`)
  return found
}
