// Reading back what the recorder wrote: mediabunny's own demuxer (in Node) gives the track's size, codec and every
// packet with its timestamp; WebCodecs' VideoDecoder in Chromium turns the packets back into pixels.
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny'
import type { Page } from 'playwright-core'

export interface DemuxedVideo {
  readonly width: number
  readonly height: number
  readonly codec: string | null
  readonly decoderConfig: VideoDecoderConfig
  readonly packets: { timestamp: number; duration: number; key: boolean; data: Uint8Array }[]
}

export async function demux(bytes: Uint8Array): Promise<DemuxedVideo> {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS })
  const track = await input.getPrimaryVideoTrack()
  if (!track) throw new Error('no video track')
  const decoderConfig = await track.getDecoderConfig()
  if (!decoderConfig) throw new Error('no decoder config')
  const packets: DemuxedVideo['packets'] = []
  for await (const p of new EncodedPacketSink(track).packets()) {
    packets.push({ timestamp: p.timestamp, duration: p.duration, key: p.type === 'key', data: p.data.slice() })
  }
  return { width: track.codedWidth, height: track.codedHeight, codec: track.codec, decoderConfig, packets }
}

/** Decodes every frame in the page and returns, per frame, its RGBA pixels as a base64 string (for equality) and its mean brightness. */
export async function decodeFrames(page: Page, video: DemuxedVideo): Promise<{ rgba: string; mean: number }[]> {
  const { description, ...config } = video.decoderConfig
  const descriptionB64 = description ? Buffer.from(description as ArrayBuffer).toString('base64') : null
  const packets = video.packets.map((p) => ({ timestamp: p.timestamp, key: p.key, data: Buffer.from(p.data).toString('base64') }))
  return page.evaluate(
    async ({ config, descriptionB64, packets }) => {
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const frames: VideoFrame[] = []
      let failure: Error | null = null
      const decoder = new VideoDecoder({ output: (f) => frames.push(f), error: (e) => (failure = e) })
      decoder.configure({ ...(config as VideoDecoderConfig), ...(descriptionB64 ? { description: bytes(descriptionB64) } : {}) })
      for (const p of packets) {
        decoder.decode(new EncodedVideoChunk({ type: p.key ? 'key' : 'delta', timestamp: Math.round(p.timestamp * 1e6), data: bytes(p.data) }))
      }
      await decoder.flush()
      if (failure) throw failure
      return frames.map((frame) => {
        const canvas = new OffscreenCanvas(frame.displayWidth, frame.displayHeight)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(frame, 0, 0)
        frame.close()
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data
        let sum = 0
        for (let i = 0; i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!
        let binary = ''
        for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000))
        return { rgba: btoa(binary), mean: sum / (data.length * 0.75) }
      })
    },
    { config, descriptionB64, packets },
  )
}

/** The width and height in a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
