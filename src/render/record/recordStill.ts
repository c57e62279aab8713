// A still: the view rendered at the asked size (the drawing buffer really is that many pixels; nothing is upscaled),
// composed with an optional caption, as PNG.
import type { Size } from '../../state/recordSpec.ts'
import { FrameCompositor } from './compositeFrame.ts'
import { holdView, RecordError } from './frameDriver.ts'

export async function recordStill(size: Size, caption: string | null, prepare?: () => Promise<void>): Promise<Blob> {
  const view = holdView(size)
  try {
    await prepare?.()
    await view.ready()
    const canvas = await view.frame(0, 0)
    const composed = new FrameCompositor(size.width, size.height).compose(canvas, caption)
    const blob = await new Promise<Blob | null>((resolve) => composed.toBlob(resolve, 'image/png'))
    if (!blob) throw new RecordError(`the browser could not encode a ${size.width}×${size.height} PNG`)
    return blob
  } finally {
    view.release()
  }
}
