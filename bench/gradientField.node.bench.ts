// Gradient-field bench (Node): the time to recompute a 64×64 arrow field after a parameter change, printed as a ratio;
// asserts nothing about time. The compared ways are
//   batched    — what GradientField does: the symbolic gradient compiled once per expression (compileBatch); a
//                parameter change evaluates ∂f/∂x and ∂f/∂y over all 4096 cell centres in one pass per AST node and
//                writes instance matrices and colours straight into Float32Arrays (writeArrowInstances);
//   closures   — the same, but evaluating the compiled scalar closures point by point (compile(), no batching);
//   per-arrow  — the naive way: each arrow is its own object (a THREE.Object3D turned with lookAt, its matrix composed
//                and copied into the InstancedMesh with setMatrixAt) and evaluates the gradient by walking the
//                derivative ASTs (a tree-walking interpreter, no compilation), as a first implementation might.
// Variants are interleaved per repetition so that a slow moment of the shared machine hits every side alike.
import { it } from 'vitest'
import * as THREE from 'three'
import { compile, gradient, parse, type Expr } from '../src/math/expr/index.ts'
import { FUNCTIONS, type FnName } from '../src/math/expr/functions.ts'
import { createPlotTransform } from '../src/math/plot/index.ts'
import { createGradientFieldSampler, type GradientFieldSamples } from '../src/math/instruments/gradientField.ts'
import { writeArrowInstances } from '../src/math/instruments/arrowInstances.ts'
import { timeInterleaved } from './timing.ts'

const N = 64
const DOMAIN = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }
const transform = createPlotTransform(DOMAIN, { min: -2, max: 2 })
const CASES: Record<string, string> = {
  ripples: 'a*sin(x)*cos(y) + x^2/8',
  bumps: 'exp(-((x - a)^2 + (y - 1)^2)) + 0.8*exp(-((x + 1)^2 + y^2)/0.5) - a*0.6*exp(-(x^2 + (y + 1.2)^2)/0.3)',
}

/** A plain tree-walking evaluator (the per-arrow baseline): no compilation, one switch per node per point. */
function interpret(e: Expr, s: Record<string, number>): number {
  switch (e.kind) {
    case 'num':
      return e.value
    case 'const':
      return e.name === 'pi' ? Math.PI : Math.E
    case 'var':
      return s[e.name] ?? NaN
    case 'neg':
      return -interpret(e.arg, s)
    case 'binary': {
      const l = interpret(e.left, s)
      const r = interpret(e.right, s)
      return e.op === '+' ? l + r : e.op === '-' ? l - r : e.op === '*' ? l * r : e.op === '/' ? l / r : Math.pow(l, r)
    }
    case 'call':
      return FUNCTIONS.get(e.fn as FnName)!.evaluate(...e.args.map((a) => interpret(a, s)))
  }
}

it('recomputes a 64×64 gradient field after a parameter change: batched vs per-arrow', () => {
  const lines: string[] = [`gradient field ${N}×${N} = ${N * N} arrows, recompute after a parameter change (median ms)`]
  for (const [name, text] of Object.entries(CASES)) {
    const f = parse(text)
    const [fx, fy] = gradient(f, ['x', 'y']) as [Expr, Expr]
    const sampler = createGradientFieldSampler(f)
    const mesh = new THREE.InstancedMesh(new THREE.BufferGeometry(), new THREE.MeshBasicMaterial(), N * N)
    const matrices = mesh.instanceMatrix.array as Float32Array
    const colors = new Float32Array(N * N * 3)
    let field: GradientFieldSamples | undefined
    let a = 1
    const cfx = compile(fx)
    const cfy = compile(fy)
    const cf = compile(f)
    const closureField = sampler.sample({ a }, DOMAIN, N) // reused arrays; only the evaluation differs
    const times = timeInterleaved({
      batched: () => {
        a += 1e-3
        field = sampler.sample({ a }, DOMAIN, N, field)
        writeArrowInstances(field, transform, 'floor', matrices, colors)
      },
      closures: () => {
        a += 1e-3
        const scope: Record<string, number> = { a, x: 0, y: 0 }
        for (let i = 0; i < N * N; i++) {
          scope.x = closureField.xs[i]!
          scope.y = closureField.ys[i]!
          closureField.values[i] = cf(scope)
          closureField.gx[i] = cfx(scope)
          closureField.gy[i] = cfy(scope)
          closureField.norms[i] = Math.hypot(closureField.gx[i]!, closureField.gy[i]!)
        }
        writeArrowInstances(closureField, transform, 'floor', matrices, colors)
      },
      'per-arrow': () => {
        a += 1e-3
        const cell = 6 / N
        for (let i = 0; i < N * N; i++) {
          const scope = { a, x: DOMAIN.xMin + ((i % N) + 0.5) * cell, y: DOMAIN.yMin + (Math.floor(i / N) + 0.5) * cell }
          const gx = interpret(fx, scope)
          const gy = interpret(fy, scope)
          const arrow = new THREE.Object3D()
          const p = transform.toWorld(scope.x, scope.y, transform.zRange.min)
          arrow.position.set(p.x, p.y, p.z)
          arrow.lookAt(p.x + gx, p.y + gy, p.z)
          arrow.scale.setScalar(0.9 * cell * Math.min(1, Math.hypot(gx, gy)))
          arrow.updateMatrix()
          mesh.setMatrixAt(i, arrow.matrix)
        }
      },
    })
    lines.push(
      `  ${name.padEnd(8)} batched ${times.batched!.toFixed(2)} ms | closures ${times.closures!.toFixed(2)} ms | per-arrow ${times['per-arrow']!.toFixed(2)} ms` +
        ` | per-arrow / batched = ${(times['per-arrow']! / times.batched!).toFixed(1)}× | closures / batched = ${(times.closures! / times.batched!).toFixed(1)}×`,
    )
  }
  console.log(lines.join('\n'))
})
