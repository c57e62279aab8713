// What a recording is asked for, checked in one place for the Record panel and `npm run record`: the size, the
// frame rate, the length and the orbit, each with a message that names the problem. Pure: no DOM, runs in Node.

export type VideoFormat = 'webm' | 'mp4'
export type OutputKind = VideoFormat | 'png'

export interface Size {
  readonly width: number
  readonly height: number
}

/** The named sizes the Record panel offers (besides "the view" and custom). */
export const SIZE_PRESETS: Readonly<Record<string, Size>> = {
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
  '4K': { width: 3840, height: 2160 },
}

/** WebGL's drawing buffer on the software renderer (and most GPUs) tops out at 8192; 4K is 3840. */
export const MAX_SIDE = 8192
export const MIN_SIDE = 16
export const MAX_FPS = 120
/** "Until the animation ends" stops here at the latest. */
export const MAX_SECONDS = 600

export class RecordSpecError extends Error {
  override name = 'RecordSpecError'
}

/** Reads `WxH` (e.g. 1280x720). Video sizes must be even: H.264 and VP9 encode 4:2:0 colour, two pixels at a time. */
export function parseSize(text: string, options: { even: boolean }): Size {
  const m = /^\s*(\d+)\s*[x×X]\s*(\d+)\s*$/.exec(text)
  if (!m) throw new RecordSpecError(`size '${text}' is not WIDTHxHEIGHT (for example 1280x720)`)
  return checkSize({ width: Number(m[1]), height: Number(m[2]) }, options)
}

export function checkSize(size: Size, options: { even: boolean }): Size {
  const { width, height } = size
  for (const [name, v] of [['width', width], ['height', height]] as const) {
    if (!Number.isInteger(v) || v < MIN_SIDE || v > MAX_SIDE) {
      throw new RecordSpecError(`${name} ${v} is out of range: use a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE}`)
    }
    if (options.even && v % 2 !== 0) throw new RecordSpecError(`${name} ${v} is odd: video sizes must be even (try ${v + 1})`)
  }
  return { width, height }
}

export function checkFps(fps: number): number {
  if (!Number.isFinite(fps) || fps <= 0 || fps > MAX_FPS || !Number.isInteger(fps * 1000)) {
    throw new RecordSpecError(`fps ${fps} is out of range: use a number above 0 and at most ${MAX_FPS} (e.g. 30)`)
  }
  return fps
}

export function checkFrameCount(frames: number): number {
  if (!Number.isInteger(frames) || frames < 1) throw new RecordSpecError(`frames ${frames} is not a whole number of frames of at least 1`)
  return frames
}

export function checkOrbit(degrees: number): number {
  if (!Number.isFinite(degrees) || Math.abs(degrees) > 3600) throw new RecordSpecError(`orbit ${degrees} is not a number of degrees from -3600 to 3600`)
  return degrees
}

/** Frames for `seconds` at `fps`: rounded to the nearest whole frame, at least one. */
export function framesFor(seconds: number, fps: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_SECONDS) {
    throw new RecordSpecError(`duration ${seconds} s is out of range: use more than 0 and at most ${MAX_SECONDS} seconds`)
  }
  return Math.max(1, Math.round(seconds * fps))
}

/** The output kind from a file name's extension. */
export function outputKindOf(path: string): OutputKind {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase()
  if (ext === 'webm' || ext === 'mp4' || ext === 'png') return ext
  throw new RecordSpecError(`output '${path}' must end in .webm, .mp4 or .png`)
}

/** The WebCodecs codec each container gets: VP9 in WebM, H.264 (AVC) in MP4. */
export const CODEC_OF: Readonly<Record<VideoFormat, 'vp9' | 'avc'>> = { webm: 'vp9', mp4: 'avc' }
