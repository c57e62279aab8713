// A storyboard: several shots recorded into one video, each {link, seconds, play, orbit, caption}. Read from JSON and
// checked field by field; a problem names the shot and the field. Either a list of shots, or
// {"fps": 30, "size": "1280x720", "shots": [...]} (the command line's --fps and --size win over the file's).
import { checkFps, checkOrbit, framesFor, parseSize, RecordSpecError, type Size } from '../../src/state/recordSpec.ts'
import { hashRouteOf } from './args.ts'

export interface StoryboardShot {
  readonly link: string
  readonly frames: number | 'until-end'
  readonly play: boolean
  readonly orbit: number
  readonly caption: string | null
}

export interface Storyboard {
  readonly fps: number | null
  readonly size: Size | null
  readonly shots: readonly StoryboardShot[]
}

const SHOT_KEYS = new Set(['link', 'seconds', 'play', 'orbit', 'caption'])

/** `fps` is the frame rate the shots will be recorded at (their seconds become frame counts). */
export function parseStoryboard(text: string, fpsOverride: number | null): Storyboard {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new RecordSpecError(`the storyboard is not valid JSON: ${(error as Error).message}`)
  }
  const top = Array.isArray(json) ? { shots: json } : json
  if (typeof top !== 'object' || top === null) throw new RecordSpecError('the storyboard must be a list of shots or {"shots": [...]}')
  const { fps: fileFps, size: fileSize, shots, ...extra } = top as Record<string, unknown>
  const unknown = Object.keys(extra)
  if (unknown.length > 0) throw new RecordSpecError(`the storyboard has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')} (known: fps, size, shots)`)
  if (fileFps !== undefined && typeof fileFps !== 'number') throw new RecordSpecError(`the storyboard's 'fps' must be a number`)
  if (fileSize !== undefined && typeof fileSize !== 'string') throw new RecordSpecError(`the storyboard's 'size' must be a string such as "1280x720"`)
  const fps = fpsOverride ?? (fileFps === undefined ? null : checkFps(fileFps))
  const size = fileSize === undefined ? null : parseSize(fileSize, { even: true })
  if (!Array.isArray(shots) || shots.length === 0) throw new RecordSpecError(`the storyboard's 'shots' must be a non-empty list`)
  const rate = fps ?? 30
  return { fps, size, shots: shots.map((shot, i) => parseShot(shot, i + 1, rate)) }
}

function parseShot(raw: unknown, n: number, fps: number): StoryboardShot {
  const where = `shot ${n}`
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RecordSpecError(`${where} must be an object {link, seconds, play, orbit, caption}`)
  const shot = raw as Record<string, unknown>
  for (const key of Object.keys(shot)) {
    if (!SHOT_KEYS.has(key)) throw new RecordSpecError(`${where}: unknown field '${key}' (known: ${[...SHOT_KEYS].join(', ')})`)
  }
  if (typeof shot.link !== 'string') throw new RecordSpecError(`${where}: 'link' must be a string such as "#/descent?fn=himmelblau"`)
  const play = shot.play ?? false
  if (typeof play !== 'boolean') throw new RecordSpecError(`${where}: 'play' must be true or false`)
  const orbit = shot.orbit ?? 0
  if (typeof orbit !== 'number') throw new RecordSpecError(`${where}: 'orbit' must be a number of degrees`)
  const caption = shot.caption ?? null
  if (caption !== null && typeof caption !== 'string') throw new RecordSpecError(`${where}: 'caption' must be a string`)
  const seconds = shot.seconds
  let frames: number | 'until-end'
  try {
    if (seconds === 'until-end') frames = 'until-end'
    else if (typeof seconds === 'number') frames = framesFor(seconds, fps)
    else throw new RecordSpecError(`'seconds' must be a number of seconds or "until-end"`)
    checkOrbit(orbit)
    if (frames === 'until-end' && orbit !== 0) throw new RecordSpecError(`'orbit' needs a fixed number of seconds, not "until-end"`)
    return { link: hashRouteOf(shot.link), frames, play, orbit, caption }
  } catch (error) {
    if (error instanceof RecordSpecError) throw new RecordSpecError(`${where}: ${error.message}`)
    throw error
  }
}
