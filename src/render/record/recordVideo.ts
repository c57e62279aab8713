// Frame-exact video: the view is held at the output size on the manual clock; each frame steps the clock by exactly
// 1/fps, renders, is composed with its caption and handed to WebCodecs through mediabunny (MPL-2.0; imported on first
// use, so it costs nothing until someone records) with timestamp k/fps and duration 1/fps. N frames in, N packets out.
import { CODEC_OF, MAX_SECONDS, type Size, type VideoFormat } from '../../state/recordSpec.ts'
import { animationClock } from '../animationClock.ts'
import { orbitAngle } from '../../math/plot/orbit.ts'
import { FrameCompositor } from './compositeFrame.ts'
import { holdView, RecordError } from './frameDriver.ts'
import { webCodecsProblem } from './webCodecs.ts'

export interface Shot {
  /** A fixed number of frames, or 'until-end': until nothing animates any more (at most MAX_SECONDS). */
  readonly frames: number | 'until-end'
  /** Degrees the camera turns about the vertical axis over the shot (0: it stays). */
  readonly orbitDegrees: number
  readonly caption: string | null
  /** Runs before the shot's first frame with the view held (a storyboard loads the shot's link here). */
  readonly prepare?: () => Promise<void>
}

export interface VideoRequest {
  readonly format: VideoFormat
  readonly size: Size
  readonly fps: number
  readonly shots: readonly Shot[]
  /** Frames written so far, and the total when known. */
  readonly onProgress?: (done: number, total: number | null) => void
  readonly signal?: AbortSignal
}

export interface VideoResult {
  readonly bytes: Uint8Array
  readonly mimeType: string
  readonly frames: number
}

export async function recordVideo(request: VideoRequest): Promise<VideoResult> {
  const problem = webCodecsProblem()
  if (problem) throw new RecordError(problem)
  const { format, size, fps, shots } = request
  const mb = await import('mediabunny')
  const codec = CODEC_OF[format]
  if (!(await mb.canEncodeVideo(codec, { width: size.width, height: size.height }))) {
    throw new RecordError(`this browser cannot encode ${codec === 'avc' ? 'H.264' : 'VP9'} at ${size.width}×${size.height}; try WebM or a smaller size`)
  }
  const compositor = new FrameCompositor(size.width, size.height)
  const output = new mb.Output({
    format: format === 'webm' ? new mb.WebMOutputFormat() : new mb.Mp4OutputFormat({ fastStart: 'in-memory' }),
    target: new mb.BufferTarget(),
  })
  const source = new mb.CanvasSource(compositor.canvas, { codec, bitrate: mb.QUALITY_HIGH, keyFrameInterval: 2, latencyMode: 'quality' })
  output.addVideoTrack(source, { frameRate: fps })
  if (shots.some((s) => s.frames === 'until-end' && s.orbitDegrees !== 0)) {
    throw new RecordError('an orbit needs a fixed length: give a duration (or a frame count) instead of "until the animation ends"')
  }
  const knownTotal = shots.every((s) => s.frames !== 'until-end') ? shots.reduce((n, s) => n + (s.frames as number), 0) : null
  const view = holdView(size)
  let written = 0
  try {
    await output.start()
    for (const shot of shots) {
      await shot.prepare?.()
      await view.ready()
      view.anchorOrbit()
      const limit = shot.frames === 'until-end' ? Math.round(MAX_SECONDS * fps) : shot.frames
      for (let k = 0; k < limit; k++) {
        if (request.signal?.aborted) throw new RecordError('recording cancelled')
        const canvas = await view.frame(k === 0 ? 0 : 1 / fps, orbitAngle(shot.orbitDegrees, k, limit))
        compositor.compose(canvas, shot.caption)
        // Waits for the encoder's back-pressure, so a long recording never queues unbounded frames.
        await source.add(written / fps, 1 / fps)
        written++
        request.onProgress?.(written, knownTotal)
        if (shot.frames === 'until-end' && !animationClock.animating) break
      }
    }
    source.close()
    await output.finalize()
  } catch (error) {
    await output.cancel().catch(() => {})
    throw error
  } finally {
    view.release()
  }
  const buffer = (output.target as InstanceType<typeof mb.BufferTarget>).buffer
  if (!buffer) throw new RecordError('the muxer produced no file')
  return { bytes: new Uint8Array(buffer), mimeType: format === 'webm' ? 'video/webm' : 'video/mp4', frames: written }
}
