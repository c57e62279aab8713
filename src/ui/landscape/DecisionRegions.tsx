// The trained 2D classifier's own picture: P(class 1) over the data's box as a two-colour map (blue for class 0,
// orange for class 1, pale where the model is unsure), the 0.5 boundary where the colours meet, and the training
// points on top. Drawn on a 2D canvas when the probabilities change.
import { useEffect, useRef } from 'react'

export interface DecisionRegionsProps {
  /** P(class 1) on an n×n lattice, row j = y (bottom to top). */
  readonly probabilities: Float32Array
  readonly n: number
  readonly box: { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number }
  readonly points: ArrayLike<number>
  readonly labels: ArrayLike<number>
  readonly size?: number
}

const CLASS0: readonly [number, number, number] = [44, 123, 229]
const CLASS1: readonly [number, number, number] = [240, 140, 40]

export function DecisionRegions({ probabilities, n, box, points, labels, size = 220 }: DecisionRegionsProps) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = ref.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    const image = ctx.createImageData(n, n)
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const p = probabilities[j * n + i]!
        const c = p >= 0.5 ? CLASS1 : CLASS0
        // Confidence |2p − 1| sets how strongly the class colour shows over the dark background.
        const strength = 0.25 + 0.55 * Math.abs(2 * p - 1)
        const k = 4 * ((n - 1 - j) * n + i) // canvas rows run top to bottom
        image.data[k] = 20 + strength * (c[0] - 20)
        image.data[k + 1] = 24 + strength * (c[1] - 24)
        image.data[k + 2] = 30 + strength * (c[2] - 30)
        image.data[k + 3] = 255
      }
    }
    const lattice = document.createElement('canvas')
    lattice.width = n
    lattice.height = n
    lattice.getContext('2d')!.putImageData(image, 0, 0)
    ctx.imageSmoothingEnabled = true
    ctx.drawImage(lattice, 0, 0, size, size)
    for (let k = 0; k < labels.length; k++) {
      const x = ((points[2 * k]! - box.xMin) / (box.xMax - box.xMin)) * size
      const y = (1 - (points[2 * k + 1]! - box.yMin) / (box.yMax - box.yMin)) * size
      const c = labels[k] === 1 ? CLASS1 : CLASS0
      ctx.beginPath()
      ctx.arc(x, y, 2.2, 0, 2 * Math.PI)
      ctx.fillStyle = `rgb(${c.join(',')})`
      ctx.fill()
      ctx.lineWidth = 0.8
      ctx.strokeStyle = '#0b0d10'
      ctx.stroke()
    }
  }, [probabilities, n, box, points, labels, size])
  return <canvas ref={ref} width={size} height={size} className="landscape-regions" data-testid="landscape-regions" aria-label="decision regions of the trained model with the training points" role="img" />
}
