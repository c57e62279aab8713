// The identity gallery: classic first-order results written in the grammar, each with its textbook answer (`formula`)
// as the Matrix Cookbook (Petersen & Pedersen, 2012) or the ML literature states it. The identity checker shows each
// one a click away and checks derivative ≈ finite differences ≈ TF.js autodiff ≈ formula at seeded random values.
// Sections: Cookbook 2.1 determinants, 2.2 inverses, 2.3 eigenvalues (through tr and det), 2.4 scalar forms
// (2.4.1 first order, 2.4.2 second order), 2.5 traces, 2.6 norms; then the ML forms of chapter 4.
import type { InputKind } from './random.ts'

export interface MatrixIdentity {
  readonly id: string
  readonly group: 'determinant' | 'inverse' | 'eigenvalue' | 'linear' | 'quadratic' | 'trace' | 'norm' | 'ml'
  /** Where it is stated, e.g. "Cookbook 2.4.1". */
  readonly source: string
  readonly expr: string
  readonly shapes: Readonly<Record<string, readonly number[]>>
  readonly wrt: string
  /** The textbook answer in the grammar (layout: the variable's shape for a gradient, m×n for a Jacobian). */
  readonly formula: string
  /** Input kinds where 'any' ([-1, 1]) would leave the domain or make a matrix near-singular. */
  readonly kinds?: Readonly<Record<string, InputKind>>
}

const S3 = { X: [3, 3] }
const V3 = { x: [3] }

export const MATRIX_IDENTITIES: readonly MatrixIdentity[] = [
  // 2.1 Derivatives of a determinant
  { id: 'det', group: 'determinant', source: 'Cookbook 2.1.2', expr: 'det(X)', shapes: S3, wrt: 'X', formula: "det(X)*inv(X)'" },
  { id: 'det-axb', group: 'determinant', source: 'Cookbook 2.1.2', expr: 'det(A*X*B)', shapes: { X: [3, 3], A: [3, 3], B: [3, 3] }, wrt: 'X', formula: "det(A*X*B)*inv(X)'" },
  { id: 'det-transpose', group: 'determinant', source: 'Cookbook 2.1.2', expr: "det(X')", shapes: S3, wrt: 'X', formula: "det(X)*inv(X)'" },
  { id: 'logdet', group: 'determinant', source: 'Cookbook 2.1.4', expr: 'logdet(X)', shapes: S3, wrt: 'X', formula: "inv(X)'" },
  { id: 'logdet-xtx', group: 'determinant', source: 'Cookbook 2.1.3', expr: "logdet(X'*X)", shapes: S3, wrt: 'X', formula: "2*inv(X)'" },
  { id: 'det-xtax', group: 'determinant', source: 'Cookbook 2.1.3', expr: "det(X'*A*X)", shapes: { X: [3, 2], A: [3, 3] }, wrt: 'X', formula: "det(X'*A*X)*(A*X*inv(X'*A*X) + A'*X*inv(X'*A'*X))", kinds: { A: 'invertible' } },
  { id: 'det-square', group: 'determinant', source: 'Cookbook 2.1.4 (k = 2)', expr: 'det(X*X)', shapes: S3, wrt: 'X', formula: "2*det(X*X)*inv(X)'" },
  { id: 'det-general', group: 'determinant', source: 'Cookbook 2.1.1', expr: 'det(A + t*B)', shapes: { t: [], A: [3, 3], B: [3, 3] }, wrt: 't', formula: 'det(A + t*B)*tr(inv(A + t*B)*B)', kinds: { A: 'invertible' } },
  // 2.2 Derivatives of an inverse
  { id: 'inv-bilinear', group: 'inverse', source: 'Cookbook 2.2', expr: "a'*inv(X)*b", shapes: { X: [3, 3], a: [3], b: [3] }, wrt: 'X', formula: "-inv(X)'*a*b'*inv(X)'" },
  { id: 'inv-trace', group: 'inverse', source: 'Cookbook 2.2', expr: 'tr(A*inv(X)*B)', shapes: { X: [3, 3], A: [3, 3], B: [3, 3] }, wrt: 'X', formula: "-(inv(X)*B*A*inv(X))'" },
  { id: 'inv-trace-shift', group: 'inverse', source: 'Cookbook 2.2', expr: 'tr(inv(X + A))', shapes: { X: [3, 3], A: [3, 3] }, wrt: 'X', formula: "-(inv(X + A)*inv(X + A))'", kinds: { X: 'invertible', A: 'positive' } },
  { id: 'inv-general', group: 'inverse', source: 'Cookbook 2.2', expr: 'inv(A + t*B)', shapes: { t: [], A: [3, 3], B: [3, 3] }, wrt: 't', formula: '-inv(A + t*B)*B*inv(A + t*B)', kinds: { A: 'invertible' } },
  // 2.3 Eigenvalues: the sum is the trace, the product the determinant
  { id: 'eig-sum', group: 'eigenvalue', source: 'Cookbook 2.3 (Σλ = tr X)', expr: 'tr(X)', shapes: S3, wrt: 'X', formula: 'eye(3)' },
  { id: 'eig-square-sum', group: 'eigenvalue', source: 'Cookbook 2.3 (Σλ² = tr X²)', expr: 'tr(X*X)', shapes: S3, wrt: 'X', formula: "2*X'" },
  // 2.4.1 First order
  { id: 'xta', group: 'linear', source: 'Cookbook 2.4.1', expr: "x'*a", shapes: { x: [3], a: [3] }, wrt: 'x', formula: 'a' },
  { id: 'atx', group: 'linear', source: 'Cookbook 2.4.1', expr: "a'*x", shapes: { x: [3], a: [3] }, wrt: 'x', formula: 'a' },
  { id: 'atxb', group: 'linear', source: 'Cookbook 2.4.1', expr: "a'*X*b", shapes: { X: [3, 2], a: [3], b: [2] }, wrt: 'X', formula: "a*b'" },
  { id: 'atxtb', group: 'linear', source: 'Cookbook 2.4.1', expr: "a'*X'*b", shapes: { X: [2, 3], a: [3], b: [2] }, wrt: 'X', formula: "b*a'" },
  { id: 'atxa', group: 'linear', source: 'Cookbook 2.4.1', expr: "a'*X*a", shapes: { X: [3, 3], a: [3] }, wrt: 'X', formula: "a*a'" },
  { id: 'ax', group: 'linear', source: 'Cookbook 2.4.1 (Jacobian of Ax)', expr: 'A*x', shapes: { x: [3], A: [2, 3] }, wrt: 'x', formula: 'A' },
  { id: 'xta-row', group: 'linear', source: "Cookbook 2.4.1 (Jacobian of (x'A)')", expr: "x'*A", shapes: { x: [3], A: [3, 2] }, wrt: 'x', formula: "A'" },
  // 2.4.2 Second order
  { id: 'xtbx', group: 'quadratic', source: 'Cookbook 2.4.2', expr: "x'*B*x", shapes: { x: [3], B: [3, 3] }, wrt: 'x', formula: "(B + B')*x" },
  { id: 'xtax-btx', group: 'quadratic', source: 'Cookbook 2.4.2', expr: "x'*A*x + b'*x", shapes: { x: [3], A: [3, 3], b: [3] }, wrt: 'x', formula: "(A + A')*x + b" },
  { id: 'btxtxc', group: 'quadratic', source: 'Cookbook 2.4.2', expr: "b'*X'*X*c", shapes: { X: [3, 2], b: [2], c: [2] }, wrt: 'X', formula: "X*(b*c' + c*b')" },
  { id: 'bxb-cdxd', group: 'quadratic', source: 'Cookbook 2.4.2', expr: "(B*x + b)'*C*(D*x + d)", shapes: { x: [3], B: [2, 3], b: [2], C: [2, 2], D: [2, 3], d: [2] }, wrt: 'x', formula: "B'*C*(D*x + d) + D'*C'*(B*x + b)" },
  { id: 'btxtdxc', group: 'quadratic', source: 'Cookbook 2.4.2', expr: "b'*X'*D*X*c", shapes: { X: [3, 2], b: [2], c: [2], D: [3, 3] }, wrt: 'X', formula: "D'*X*b*c' + D*X*c*b'" },
  { id: 'xbc-d', group: 'quadratic', source: 'Cookbook 2.4.2', expr: "(X*b + c)'*D*(X*b + c)", shapes: { X: [3, 2], b: [2], c: [3], D: [3, 3] }, wrt: 'X', formula: "(D + D')*(X*b + c)*b'" },
  { id: 'xtax-a', group: 'quadratic', source: 'Cookbook 2.4.2 (by the matrix)', expr: "x'*A*x", shapes: { x: [3], A: [3, 3] }, wrt: 'A', formula: "x*x'" },
  { id: 'weighted-residual', group: 'quadratic', source: 'Cookbook 2.4.2 (x − s)ᵀW(x − s)', expr: "(x - s)'*W*(x - s)", shapes: { x: [3], s: [3], W: [3, 3] }, wrt: 's', formula: "-(W + W')*(x - s)" },
  // 2.5 Traces
  { id: 'tr-xa', group: 'trace', source: 'Cookbook 2.5.1', expr: 'tr(X*A)', shapes: { X: [3, 3], A: [3, 3] }, wrt: 'X', formula: "A'" },
  { id: 'tr-axb', group: 'trace', source: 'Cookbook 2.5.1', expr: 'tr(A*X*B)', shapes: { X: [3, 2], A: [2, 3], B: [2, 2] }, wrt: 'X', formula: "A'*B'" },
  { id: 'tr-axtb', group: 'trace', source: 'Cookbook 2.5.1', expr: "tr(A*X'*B)", shapes: { X: [2, 3], A: [3, 3], B: [2, 3] }, wrt: 'X', formula: 'B*A' },
  { id: 'tr-xta', group: 'trace', source: 'Cookbook 2.5.1', expr: "tr(X'*A)", shapes: { X: [3, 2], A: [3, 2] }, wrt: 'X', formula: 'A' },
  { id: 'tr-xtx', group: 'trace', source: 'Cookbook 2.5.2', expr: "tr(X'*X)", shapes: { X: [3, 2] }, wrt: 'X', formula: '2*X' },
  { id: 'tr-xtbx', group: 'trace', source: 'Cookbook 2.5.2', expr: "tr(X'*B*X)", shapes: { X: [3, 2], B: [3, 3] }, wrt: 'X', formula: "B*X + B'*X" },
  { id: 'tr-xbxt', group: 'trace', source: 'Cookbook 2.5.2', expr: "tr(X*B*X')", shapes: { X: [2, 3], B: [3, 3] }, wrt: 'X', formula: "X*B' + X*B" },
  { id: 'tr-axbx', group: 'trace', source: 'Cookbook 2.5.2', expr: 'tr(A*X*B*X)', shapes: { X: [3, 3], A: [3, 3], B: [3, 3] }, wrt: 'X', formula: "A'*X'*B' + B'*X'*A'" },
  // 2.6 Norms
  { id: 'norm-sq', group: 'norm', source: 'Cookbook 2.6', expr: "x'*x", shapes: V3, wrt: 'x', formula: '2*x' },
  { id: 'norm', group: 'norm', source: 'Cookbook 2.6', expr: 'norm2(x - a)', shapes: { x: [3], a: [3] }, wrt: 'x', formula: '(x - a)/norm2(x - a)' },
  { id: 'least-squares', group: 'norm', source: 'Cookbook 2.6 (least squares)', expr: 'norm2(A*x - b)^2', shapes: { x: [3], A: [4, 3], b: [4] }, wrt: 'x', formula: "2*A'*(A*x - b)" },
  // Chapter 4: the forms of machine learning
  { id: 'linear-layer-loss', group: 'ml', source: 'Chapter 4: ∂‖Wx − y‖²/∂W', expr: 'norm2(W*x - y)^2', shapes: { W: [2, 3], x: [3], y: [2] }, wrt: 'W', formula: "2*(W*x - y)*x'" },
  { id: 'logsumexp', group: 'ml', source: 'Chapter 4: log-sum-exp', expr: 'logsumexp(x)', shapes: V3, wrt: 'x', formula: 'softmax(x)' },
  { id: 'softmax-jacobian', group: 'ml', source: 'Chapter 4: softmax Jacobian', expr: 'softmax(x)', shapes: V3, wrt: 'x', formula: "diag(softmax(x)) - softmax(x)*softmax(x)'" },
  { id: 'cross-entropy', group: 'ml', source: 'Chapter 4: softmax cross-entropy', expr: "-y'*log(softmax(W*x))", shapes: { W: [3, 4], x: [4], y: [3] }, wrt: 'W', formula: "(softmax(W*x) - y)*x'", kinds: { y: 'probability' } },
  { id: 'tanh-layer', group: 'ml', source: 'Chapter 4: Jacobian of a tanh layer', expr: 'tanh(W*x + b)', shapes: { W: [2, 3], x: [3], b: [2] }, wrt: 'x', formula: "diag(ones(2) - tanh(W*x + b).^2)*W" },
  { id: 'logistic', group: 'ml', source: 'Chapter 4: logistic unit', expr: "sigmoid(w'*x)", shapes: { w: [3], x: [3] }, wrt: 'w', formula: "sigmoid(w'*x)*(1 - sigmoid(w'*x))*x" },
  { id: 'relu-bias', group: 'ml', source: 'Chapter 4: ReLU layer, by the bias', expr: 'sum(relu(W*x + b))', shapes: { W: [3, 2], x: [2], b: [3] }, wrt: 'b', formula: 'step(W*x + b)' },
  { id: 'two-layer', group: 'ml', source: 'Chapter 4: backprop through two layers', expr: '0.5*norm2(V*tanh(W*x + b) + c - y)^2', shapes: { W: [3, 2], V: [2, 3], x: [2], b: [3], c: [2], y: [2] }, wrt: 'W', formula: "((ones(3) - tanh(W*x + b).^2).*(V'*(V*tanh(W*x + b) + c - y)))*x'" },
]
