// The page side of `npm run record`: the headless script opens the built app with the clock in manual mode and calls
// window.__workbenchRecorder. Each shot's link is loaded through the app's own route and validated with the scene's
// own schema, so a bad link fails with the same message the app would show. Results stay in the page; the script
// reads them back in base64 pieces (a page.evaluate result must be JSON).
import { findScene, SCENES } from '../../scenes/index.ts'
import { decodeQuery } from '../state/urlState.ts'
import { formatHash, parseHash } from '../state/route.ts'
import { RecordError, settle, waitUntil } from '../render/record/frameDriver.ts'
import { recordVideo, type Shot } from '../render/record/recordVideo.ts'
import { recordStill } from '../render/record/recordStill.ts'
import type { VideoFormat } from '../state/recordSpec.ts'
import { activeScene, canPlay } from './activeScene.ts'

export interface HeadlessShot {
  readonly link: string
  readonly frames: number | 'until-end'
  readonly orbit: number
  readonly caption: string | null
  readonly play: boolean
}

export interface HeadlessVideoRequest {
  readonly format: VideoFormat
  readonly width: number
  readonly height: number
  readonly fps: number
  readonly shots: readonly HeadlessShot[]
}

export interface HeadlessStillRequest {
  readonly link: string
  readonly width: number
  readonly height: number
  readonly caption: string | null
}

export type HeadlessResult = { ok: true; bytes: number; frames: number } | { ok: false; error: string }

export interface HeadlessRecorder {
  video(request: HeadlessVideoRequest): Promise<HeadlessResult>
  still(request: HeadlessStillRequest): Promise<HeadlessResult>
  /** Base64 of bytes [offset, offset + length) of the last result. */
  read(offset: number, length: number): Promise<string>
  /** Frames written so far by the running video (for the script's progress line). */
  progress(): number
}

declare global {
  interface Window {
    __workbenchRecorder?: HeadlessRecorder
  }
}

/** Query with `key=value` set (replacing any value it had). */
function withKey(query: string, key: string, value: string): string {
  const rest = query.split('&').filter((pair) => pair !== '' && pair.split('=')[0] !== key)
  return [...rest, `${key}=${value}`].join('&')
}

/** Shows `link` and waits until its scene is the active one; throws naming whatever is wrong with the link. */
export async function loadLink(link: string, play: boolean): Promise<void> {
  const route = parseHash(link)
  const entry = findScene(route.sceneId)
  if (!entry || entry.id !== route.sceneId) {
    throw new RecordError(`'${route.sceneId}' in ${link} is not a scene; scenes are: ${SCENES.map((s) => s.id).join(', ')}`)
  }
  const query = play ? withKey(route.query, 'play', '1') : route.query
  location.hash = formatHash({ sceneId: entry.id, query })
  await waitUntil(() => activeScene.get()?.sceneId === entry.id, 60_000, `scene '${entry.id}' to load`)
  const session = activeScene.get()!
  if (play && !canPlay(session.definition)) throw new RecordError(`scene '${entry.id}' has no animation to play (--play / "play": true)`)
  const problems = decodeQuery(session.definition.schema, query).problems
  if (problems.length > 0) {
    throw new RecordError(`${link}: ${problems.map((p) => `'${p.key}' ${p.message}`).join('; ')}`)
  }
  session.loadQuery(query)
  await settle()
}

export function installHeadlessRecorder(): void {
  let result: Blob | null = null
  let written = 0
  const fail = (error: unknown): HeadlessResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) })
  window.__workbenchRecorder = {
    async video(request) {
      try {
        written = 0
        const shots: Shot[] = request.shots.map((shot) => ({
          frames: shot.frames,
          orbitDegrees: shot.orbit,
          caption: shot.caption,
          prepare: () => loadLink(shot.link, shot.play),
        }))
        const video = await recordVideo({
          format: request.format,
          size: { width: request.width, height: request.height },
          fps: request.fps,
          shots,
          onProgress: (done) => (written = done),
        })
        result = new Blob([video.bytes as BlobPart], { type: video.mimeType })
        return { ok: true, bytes: result.size, frames: video.frames }
      } catch (error) {
        return fail(error)
      }
    },
    async still(request) {
      try {
        result = await recordStill({ width: request.width, height: request.height }, request.caption, () => loadLink(request.link, false))
        return { ok: true, bytes: result.size, frames: 1 }
      } catch (error) {
        return fail(error)
      }
    },
    async read(offset, length) {
      if (!result) throw new Error('nothing recorded yet')
      const bytes = new Uint8Array(await result.slice(offset, offset + length).arrayBuffer())
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    },
    progress: () => written,
  }
}
