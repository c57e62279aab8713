// Curvature colouring (an optional mode of the tangent-plane scene): the surface drawn again, on the same grid and
// with the same vertex shader, coloured per pixel by the symbolic Hessian (shaders/curvatureAlbedo.glsl) instead of
// by height. Pulled toward the camera by polygon offset, it covers the height-coloured surface exactly.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { glslUniforms, toGlsl, type Expr } from '../../math/expr/index.ts'
import { niceStep } from '../../math/plot/index.ts'
import type { SurfaceCalculus } from '../../math/instruments/surfaceCalculus.ts'
import { curvatureScale } from '../../math/instruments/curvatureScale.ts'
import { usePlotTransform } from '../index.ts'
import { surfaceGlslFromExpr, type SurfaceExpressionGlsl } from '../surfaceShaderSource.ts'
import { createSurfaceMaterial, setSurfaceFrame, setSurfaceGrid, setSurfaceParameters } from '../surfaceMaterial.ts'
import { createGridGeometry, clampResolution } from '../gridGeometry.ts'
import { resolveIncludes } from '../resolveIncludes.ts'
import { SHADER_CHUNKS } from '../shaderChunks.ts'

/** The surface's expression chunk plus f_xx, f_xy and f_yy from the symbolic Hessian. */
export function curvatureGlslFromExpr(f: Expr, hessian: SurfaceCalculus['hessian']): SurfaceExpressionGlsl {
  const surface = surfaceGlslFromExpr(f)
  const entries = [toGlsl(hessian[0][0], 'f_xx'), toGlsl(hessian[0][1], 'f_xy'), toGlsl(hessian[1][1], 'f_yy')]
  const extra = [...new Set(entries.flatMap((e) => e.parameters))].filter((p) => !surface.parameters.includes(p)).sort()
  const source = [surface.source, extra.length > 0 ? glslUniforms(extra) : '', ...entries.map((e) => e.source)].join('\n')
  return { ...surface, source, parameters: [...surface.parameters, ...extra].sort() }
}

export interface CurvatureSurfaceProps {
  readonly calculus: SurfaceCalculus
  readonly params: Readonly<Record<string, number>>
  readonly resolution?: number
  readonly showGrid?: boolean
}

export function CurvatureSurface({ calculus, params, resolution, showGrid = true }: CurvatureSurfaceProps) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const expression = useMemo(() => curvatureGlslFromExpr(calculus.f, calculus.hessian), [calculus])
  const material = useMemo(() => {
    const template = createSurfaceMaterial(expression)
    // The surface's own fragment shader, with its albedo hook pointed at the Hessian colouring.
    const chunks: Record<string, string> = { ...SHADER_CHUNKS, 'expr.glsl': expression.source, 'surfaceAlbedo.glsl': SHADER_CHUNKS['curvatureAlbedo.glsl']! }
    const m = new THREE.ShaderMaterial({
      name: 'curvature-surface',
      glslVersion: THREE.GLSL3,
      defines: { ...template.defines },
      vertexShader: template.vertexShader,
      fragmentShader: resolveIncludes(chunks['surface.frag.glsl']!, chunks),
      uniforms: { ...THREE.UniformsUtils.clone(template.uniforms), curvature_scale: { value: 1 } },
      side: THREE.DoubleSide,
      polygonOffset: true,
      polygonOffsetFactor: -1,
      polygonOffsetUnits: -2,
      toneMapped: false,
    })
    template.dispose()
    return m
  }, [expression])
  const vertices = clampResolution(resolution)
  const geometry = useMemo(() => createGridGeometry(vertices), [vertices])
  useEffect(() => () => material.dispose(), [material])
  useEffect(() => () => geometry.dispose(), [geometry])

  const { domain } = transform
  const scale = useMemo(() => curvatureScale(calculus, params, domain), [calculus, params, domain])
  useLayoutEffect(() => {
    setSurfaceFrame(material, transform, { x: niceStep(domain.xMax - domain.xMin), y: niceStep(domain.yMax - domain.yMin) }, vertices)
    setSurfaceParameters(material, expression.parameters, params)
    setSurfaceGrid(material, showGrid)
    material.uniforms.curvature_scale!.value = scale
    invalidate()
  }, [material, transform, domain, vertices, expression.parameters, params, showGrid, scale, invalidate])

  return <mesh geometry={geometry} material={material} frustumCulled={false} renderOrder={1} name="curvature-surface" />
}
