// A matrix as a heat map in the flat picture: one texel per entry (nearest filtering, so entries are crisp squares),
// coloured by the diverging map (red +, blue −, white 0) on a scale shared between maps that are compared, with a
// title above and its shape under it. Row 0 is at the top, as the matrix is written.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { DataTexture, NearestFilter, RGBAFormat, SRGBColorSpace } from 'three'
import { divergingRgba } from '../../math/plot/divergingColormap.ts'
import { WorldLabel } from '../instruments/WorldLabel.tsx'

export interface MatrixHeatMapProps {
  readonly values: ArrayLike<number>
  readonly rows: number
  readonly cols: number
  /** Centre of the map in the picture. */
  readonly center: readonly [number, number]
  /** The longer side of the map, in world units. */
  readonly size: number
  /** |value| that gets the full colour (share it between maps that are compared). */
  readonly scale: number
  readonly title: string
  readonly subtitle?: string
  readonly name?: string
}

export function MatrixHeatMap({ values, rows, cols, center, size, scale, title, subtitle, name }: MatrixHeatMapProps) {
  const invalidate = useThree((s) => s.invalidate)
  const texture = useMemo(() => {
    const data = new Uint8Array(rows * cols * 4)
    // texture row 0 is the bottom of the plane: flip so matrix row 0 is at the top
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) divergingRgba(values[i * cols + j]!, scale, data, ((rows - 1 - i) * cols + j) * 4)
    const t = new DataTexture(data, cols, rows, RGBAFormat)
    t.magFilter = NearestFilter
    t.minFilter = NearestFilter
    t.colorSpace = SRGBColorSpace
    t.needsUpdate = true
    return t
  }, [values, rows, cols, scale])
  useEffect(() => {
    invalidate()
    return () => texture.dispose()
  }, [texture, invalidate])
  const cell = size / Math.max(rows, cols)
  const [w, h] = [cols * cell, rows * cell]
  const [cx, cy] = center
  return (
    <group name={name}>
      <mesh position={[cx, cy, 0]}>
        <planeGeometry args={[w, h]} />
        <meshBasicMaterial map={texture} toneMapped={false} />
      </mesh>
      {title !== '' && <WorldLabel text={title} position={[cx, cy + h / 2 + 0.07, 0]} anchor={{ x: 0.5, y: 0.5 }} />}
      {subtitle !== undefined && <WorldLabel text={subtitle} position={[cx, cy - h / 2 - 0.07, 0]} color="#b8c0cc" anchor={{ x: 0.5, y: 0.5 }} />}
    </group>
  )
}
