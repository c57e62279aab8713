// `npm run record` arguments: what was typed → a checked request, or a RecordSpecError that names the problem.
// Pure (no file system), so every rule has a unit test.
import {
  checkFps, checkFrameCount, checkOrbit, outputKindOf, parseSize, RecordSpecError, type OutputKind, type Size,
} from '../../src/state/recordSpec.ts'

export const USAGE = `usage: npm run record -- '<link>' --out FILE [--frames N | --seconds S | --until-end] [--fps F] [--size WxH] [--play] [--orbit DEG] [--caption TEXT]
       npm run record -- storyboard.json --out FILE [--fps F] [--size WxH]
  <link>   a hash route such as '#/descent?fn=himmelblau' or a full URL of the app
  FILE     .webm (VP9), .mp4 (H.264) or .png (one still; --frames, --play and --orbit do not apply)
  defaults: --fps 30, --size 1280x720, --frames 60`

export interface RecordArgs {
  /** A hash route ('#/scene?query'), or null when `storyboard` is given. */
  readonly link: string | null
  readonly storyboard: string | null
  readonly out: string
  readonly kind: OutputKind
  readonly size: Size | null
  readonly fps: number | null
  readonly frames: number | 'until-end' | null
  readonly seconds: number | null
  readonly play: boolean
  readonly orbit: number
  readonly caption: string | null
}

const VALUE_FLAGS = new Set(['--out', '--frames', '--fps', '--size', '--orbit', '--seconds', '--caption'])
const BOOLEAN_FLAGS = new Set(['--play', '--until-end'])

/** The hash route of a link typed as '#/scene?…', '/scene?…', 'scene?…' or a full URL with a '#/…' part. */
export function hashRouteOf(link: string): string {
  const trimmed = link.trim()
  if (trimmed === '') throw new RecordSpecError('the link is empty')
  if (/^[a-z]+:\/\//i.test(trimmed)) {
    const hash = trimmed.indexOf('#')
    if (hash < 0) throw new RecordSpecError(`the URL '${link}' has no '#/<scene>' part to record`)
    return trimmed.slice(hash)
  }
  if (trimmed.startsWith('#')) return trimmed.startsWith('#/') ? trimmed : `#/${trimmed.slice(1)}`
  return trimmed.startsWith('/') ? `#${trimmed}` : `#/${trimmed}`
}

function numberFlag(flag: string, text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) throw new RecordSpecError(`${flag} '${text}' is not a number`)
  return value
}

export function parseRecordArgs(argv: readonly string[]): RecordArgs {
  const values = new Map<string, string>()
  const flags = new Set<string>()
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[i + 1]
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new RecordSpecError(`${arg} needs a value`)
      if (values.has(arg)) throw new RecordSpecError(`${arg} is given twice`)
      values.set(arg, value)
      i++
    } else if (BOOLEAN_FLAGS.has(arg)) flags.add(arg)
    else if (arg.startsWith('--')) throw new RecordSpecError(`unknown option ${arg}`)
    else positional.push(arg)
  }
  if (positional.length === 0) throw new RecordSpecError('give a link (or a storyboard .json) to record')
  if (positional.length > 1) throw new RecordSpecError(`one link at a time (got ${positional.map((p) => `'${p}'`).join(', ')}); put several in a storyboard`)
  const out = values.get('--out')
  if (!out) throw new RecordSpecError('--out FILE is required (.webm, .mp4 or .png)')
  const kind = outputKindOf(out)
  const source = positional[0]!
  const storyboard = /\.json$/i.test(source) ? source : null

  const fps = values.has('--fps') ? checkFps(numberFlag('--fps', values.get('--fps')!)) : null
  const size = values.has('--size') ? parseSize(values.get('--size')!, { even: kind !== 'png' }) : null
  const orbit = values.has('--orbit') ? checkOrbit(numberFlag('--orbit', values.get('--orbit')!)) : 0
  const lengthFlags = ['--frames', '--seconds', '--until-end'].filter((f) => values.has(f) || flags.has(f))
  if (lengthFlags.length > 1) throw new RecordSpecError(`${lengthFlags.join(' and ')} both set the length; give one`)
  const frames = flags.has('--until-end') ? 'until-end' : values.has('--frames') ? checkFrameCount(numberFlag('--frames', values.get('--frames')!)) : null
  const seconds = values.has('--seconds') ? numberFlag('--seconds', values.get('--seconds')!) : null
  const play = flags.has('--play')
  const caption = values.get('--caption') ?? null

  if (kind === 'png') {
    const videoOnly = ['--frames', '--seconds', '--until-end', '--play', '--orbit', '--fps'].filter((f) => values.has(f) || flags.has(f))
    if (videoOnly.length > 0) throw new RecordSpecError(`${videoOnly.join(', ')} ${videoOnly.length > 1 ? 'apply' : 'applies'} to video, not to a .png still`)
    if (storyboard) throw new RecordSpecError('a storyboard records a video: use --out FILE.webm or FILE.mp4')
  }
  if (frames === 'until-end' && orbit !== 0) throw new RecordSpecError('--orbit needs a fixed length (--frames or --seconds), not --until-end')
  if (storyboard) {
    const perShot = ['--frames', '--seconds', '--until-end', '--play', '--orbit', '--caption'].filter((f) => values.has(f) || flags.has(f))
    if (perShot.length > 0) throw new RecordSpecError(`${perShot.join(', ')} ${perShot.length > 1 ? 'are' : 'is'} set per shot in the storyboard, not on the command line`)
  }
  return { link: storyboard ? null : hashRouteOf(source), storyboard, out, kind, size, fps, frames, seconds, play, orbit, caption }
}
