// Small dense linear algebra for the instruments (DESIGN.md: src/math/linalg).
export { symmetricEigen2, type SymmetricEigen2 } from './symmetricEigen2.ts'
export { det2, inverse2, apply2, type Matrix2 } from './matrix2.ts'
export { symmetricEigenJacobi, type SymmetricEigen } from './symmetricEigenJacobi.ts'
