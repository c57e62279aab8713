// Bench: recording throughput (frames per second written) at 1280×720 and 1920×1080, in the app, in real Chromium.
// Side by side in one run, per size: rendering alone (step the clock, settle, render with a camera orbit, read back one
// pixel so the software GPU has really finished), rendering plus composing the frame (the full-frame copy into a 2D
// canvas that the encoder reads), and the whole recorder (plus encoding with WebCodecs through mediabunny) in VP9/WebM
// and H.264/MP4. The ratios say what the copy and the encoder cost on top of rendering. Asserts nothing about time.
import { describe, expect, it } from 'vitest'
import { mountApp, settle } from '../tests/browser/appHarness.ts'
import { holdView } from '../src/render/record/frameDriver.ts'
import { recordVideo } from '../src/render/record/recordVideo.ts'
import { FrameCompositor } from '../src/render/record/compositeFrame.ts'
import type { Size, VideoFormat } from '../src/state/recordSpec.ts'

const SIZES: Size[] = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]
const FRAMES = 8
const FPS = 30

function rendererName(): string {
  const gl = document.querySelector('canvas')!.getContext('webgl2')!
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown renderer'
}

/** Frames per second of render (+ one-pixel read-back), or of render + compose when `compose` is set. */
async function renderFps(size: Size, compose: boolean): Promise<number> {
  const view = holdView(size)
  const compositor = new FrameCompositor(size.width, size.height)
  const pixel = new Uint8Array(4)
  try {
    await view.ready()
    view.anchorOrbit()
    const start = performance.now()
    for (let k = 0; k < FRAMES; k++) {
      const canvas = await view.frame(k === 0 ? 0 : 1 / FPS, (k / FRAMES) * (Math.PI / 6))
      if (compose) compositor.compose(canvas, null).getContext('2d')!.getImageData(0, 0, 1, 1)
      else {
        const gl = canvas.getContext('webgl2')!
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel)
      }
    }
    return FRAMES / ((performance.now() - start) / 1000)
  } finally {
    view.release()
  }
}

async function recordFps(size: Size, format: VideoFormat): Promise<number> {
  let firstFrameAt = 0
  const start = performance.now()
  const video = await recordVideo({
    format, size, fps: FPS,
    shots: [{ frames: FRAMES + 1, orbitDegrees: 30, caption: null }],
    // Time from the first frame, so holding the view (resize, first render) is left out as in renderOnlyFps.
    onProgress: (done) => void (done === 1 && (firstFrameAt = performance.now())),
  })
  expect(video.frames).toBe(FRAMES + 1)
  return FRAMES / ((performance.now() - (firstFrameAt || start)) / 1000)
}

describe('recording throughput', () => {
  it('frames per second at 720p and 1080p: render, render + compose, the whole recorder (VP9, H.264)', async () => {
    const app = mountApp('#/explore?res=256')
    await settle()
    const lines = [`renderer: ${rendererName()}; ${FRAMES} frames per case, surface 256×256, 30° orbit`]
    for (const size of SIZES) {
      const render = await renderFps(size, false)
      const composed = await renderFps(size, true)
      const vp9 = await recordFps(size, 'webm')
      const avc = await recordFps(size, 'mp4')
      const ratio = (v: number) => `${(v / render).toFixed(2)}× of render`
      lines.push(
        `${size.width}×${size.height}: render ${render.toFixed(2)} fps; + compose ${composed.toFixed(2)} fps (${ratio(composed)}); ` +
          `recording VP9/WebM ${vp9.toFixed(2)} fps (${ratio(vp9)}); H.264/MP4 ${avc.toFixed(2)} fps (${ratio(avc)})`,
      )
    }
    console.log(`\n[recording bench]\n  ${lines.join('\n  ')}\n`)
    app.unmount()
  })
})
