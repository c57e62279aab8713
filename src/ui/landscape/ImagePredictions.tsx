// Held-out images with the trained image model's prediction under each: the class it chose and its probability,
// green when right and red when wrong.
import { useEffect, useRef } from 'react'

export interface ImagePrediction {
  readonly label: number
  readonly predicted: number
  readonly confidence: number
}

export interface ImagePredictionsProps {
  /** Row-major grey levels in [0, 1], side × side per image, one image after another. */
  readonly pixels: ArrayLike<number>
  readonly side: number
  readonly predictions: readonly ImagePrediction[]
  readonly classNames: readonly string[]
}

export function ImagePredictions({ pixels, side, predictions, classNames }: ImagePredictionsProps) {
  const correct = predictions.filter((p) => p.label === p.predicted).length
  return (
    <div className="landscape-predictions" data-testid="landscape-predictions">
      <div className="landscape-note">held-out images: {correct} of {predictions.length} right</div>
      <div className="landscape-thumbs">
        {predictions.map((p, i) => (
          <figure key={i} className={p.label === p.predicted ? 'right' : 'wrong'}>
            <Thumb pixels={pixels} side={side} index={i} />
            {/* the caption may be cut with an ellipsis in a narrow panel: the tooltip has it whole, with the true class */}
            <figcaption title={`predicted ${classNames[p.predicted]} ${Math.round(100 * p.confidence)}%, true: ${classNames[p.label]}`}>
              {classNames[p.predicted]} {Math.round(100 * p.confidence)}%
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  )
}

function Thumb({ pixels, side, index }: { pixels: ArrayLike<number>; side: number; index: number }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const ctx = ref.current?.getContext('2d')
    if (!ctx) return
    const image = ctx.createImageData(side, side)
    for (let k = 0; k < side * side; k++) {
      const g = Math.round(255 * pixels[index * side * side + k]!)
      image.data.set([g, g, g, 255], 4 * k)
    }
    ctx.putImageData(image, 0, 0)
  }, [pixels, side, index])
  return <canvas ref={ref} width={side} height={side} />
}
