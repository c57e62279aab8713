// The toolbar's Record control, one place for every scene: a video (WebM VP9 or MP4 H.264; the view's size, 720p,
// 1080p, 4K or custom; fps; a duration or until the animation ends; an optional camera orbit) with a progress bar,
// or a PNG still at 1×, 2×, 4× of the view or a custom size, with the formula as an optional caption. The file
// downloads when done. The recorder itself (three, mediabunny) loads on first use.
import { useState } from 'react'
import { activeScene, canPlay, formulaCaption } from '../activeScene.ts'
import { viewHandle } from '../../render/record/recordingView.ts'
import { webCodecsProblem } from '../../render/record/webCodecs.ts'
import { downloadBlob } from './downloadBlob.ts'
import { checkFps, checkOrbit, checkSize, framesFor, RecordSpecError, SIZE_PRESETS, type Size, type VideoFormat } from '../../state/recordSpec.ts'
import { useStore } from '../../state/useStore.ts'
import './record.css'

type SizeChoice = 'view' | keyof typeof SIZE_PRESETS | 'custom'
type Scale = '1' | '2' | '4' | 'custom'

/** The view's size in CSS pixels, rounded down to even numbers (video encoders need even sizes). */
function viewSize(even: boolean): Size {
  const s = viewHandle.get()?.getState().size
  const round = (v: number) => (even ? Math.floor(v / 2) * 2 : Math.floor(v))
  return { width: round(s?.width ?? 1280), height: round(s?.height ?? 720) }
}

const fileName = (ext: string) => `${activeScene.get()?.sceneId ?? 'view'}-${new Date().toISOString().replace(/[:.]/g, '-')}.${ext}`

export function RecordControl() {
  const [open, setOpen] = useState(false)
  return (
    <div className="record-control">
      <button type="button" className="record-toggle" aria-expanded={open} data-testid="record-toggle" onClick={() => setOpen(!open)}>
        ● Record
      </button>
      {open && <RecordPanel />}
    </div>
  )
}

function RecordPanel() {
  const session = useStore(activeScene)
  const [tab, setTab] = useState<'video' | 'still'>('video')
  const [format, setFormat] = useState<VideoFormat>('webm')
  const [sizeChoice, setSizeChoice] = useState<SizeChoice>('view')
  const [custom, setCustom] = useState({ width: '1280', height: '720' })
  const [fps, setFps] = useState('30')
  const [seconds, setSeconds] = useState('4')
  const [untilEnd, setUntilEnd] = useState(false)
  const [play, setPlay] = useState(true)
  const [orbit, setOrbit] = useState('0')
  const [scale, setScale] = useState<Scale>('2')
  const [caption, setCaption] = useState(true)
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null)
  const [error, setError] = useState<{ field: string; message: string } | null>(null)
  const [result, setResult] = useState<{ url: string; name: string } | null>(null)
  const [abort, setAbort] = useState<AbortController | null>(null)
  const noCodecs = webCodecsProblem()
  const playable = session ? canPlay(session.definition) : false
  const busy = abort !== null

  const customSize = (even: boolean): Size => {
    try {
      return checkSize({ width: Number(custom.width), height: Number(custom.height) }, { even })
    } catch (e) {
      throw Object.assign(e as Error, { field: 'size' })
    }
  }
  const field = (name: string, run: () => number): number => {
    try {
      return run()
    } catch (e) {
      throw Object.assign(e as Error, { field: name })
    }
  }

  const finish = (blob: Blob, ext: string) => {
    const name = fileName(ext)
    setResult({ url: downloadBlob(blob, name), name })
  }

  const run = async (work: (signal: AbortSignal) => Promise<void>) => {
    setError(null)
    // The previous file's object URL is released with its link.
    if (result) URL.revokeObjectURL(result.url)
    setResult(null)
    const controller = new AbortController()
    setAbort(controller)
    try {
      await work(controller.signal)
    } catch (e) {
      const err = e as Error & { field?: string }
      setError({ field: err.field ?? 'run', message: err.message })
    } finally {
      setAbort(null)
      setProgress(null)
    }
  }

  const recordVideoNow = () =>
    run(async (signal) => {
      const size = sizeChoice === 'view' ? viewSize(true) : sizeChoice === 'custom' ? customSize(true) : SIZE_PRESETS[sizeChoice]!
      const rate = field('fps', () => checkFps(Number(fps)))
      const degrees = field('orbit', () => checkOrbit(Number(orbit)))
      if (untilEnd && degrees !== 0) throw Object.assign(new RecordSpecError('an orbit needs a fixed duration, not "until the animation ends"'), { field: 'orbit' })
      const frames = untilEnd ? ('until-end' as const) : field('seconds', () => framesFor(Number(seconds), rate))
      const { recordVideo } = await import('../../render/record/recordVideo.ts')
      const current = activeScene.get()
      const prepare = async () => {
        // "Start playing" sets the scene's play setting, exactly as play=1 in a link does.
        if (play && current && playable) current.update({ ...current.state.get(), values: { ...current.state.get().values, play: true } }, 'commit')
      }
      setProgress({ done: 0, total: frames === 'until-end' ? null : frames })
      const video = await recordVideo({
        format, size, fps: rate, signal,
        shots: [{ frames, orbitDegrees: degrees, caption: null, prepare }],
        onProgress: (done, total) => setProgress({ done, total }),
      })
      finish(new Blob([video.bytes as BlobPart], { type: video.mimeType }), format)
    })

  const recordStillNow = () =>
    run(async () => {
      const base = viewSize(false)
      const size = scale === 'custom' ? customSize(false) : checkSize({ width: base.width * Number(scale), height: base.height * Number(scale) }, { even: false })
      const { recordStill } = await import('../../render/record/recordStill.ts')
      const current = activeScene.get()
      finish(await recordStill(size, caption && current ? formulaCaption(current) : null), 'png')
    })

  const errorFor = (name: string) =>
    error?.field === name ? <div className="record-error" role="alert" data-testid={`record-error-${name}`}>{error.message}</div> : null
  const customInputs = (
    <span className="record-custom">
      <input aria-label="width" inputMode="numeric" value={custom.width} onChange={(e) => setCustom({ ...custom, width: e.target.value })} />×
      <input aria-label="height" inputMode="numeric" value={custom.height} onChange={(e) => setCustom({ ...custom, height: e.target.value })} />
    </span>
  )

  return (
    <div className="record-panel" role="dialog" aria-label="Record" data-testid="record-panel">
      <div className="record-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'video'} onClick={() => setTab('video')}>Video</button>
        <button type="button" role="tab" aria-selected={tab === 'still'} onClick={() => setTab('still')}>Still (PNG)</button>
      </div>
      {tab === 'video' ? (
        <fieldset disabled={busy}>
          {noCodecs && <div className="record-error" role="alert">{noCodecs}</div>}
          <label>format <select value={format} onChange={(e) => setFormat(e.target.value as VideoFormat)} data-testid="record-format">
            <option value="webm">WebM (VP9)</option><option value="mp4">MP4 (H.264)</option></select></label>
          <label>size <select value={sizeChoice} onChange={(e) => setSizeChoice(e.target.value as SizeChoice)} data-testid="record-size">
            <option value="view">the view</option>
            {Object.entries(SIZE_PRESETS).map(([k, s]) => <option key={k} value={k}>{k} ({s.width}×{s.height})</option>)}
            <option value="custom">custom</option></select></label>
          {sizeChoice === 'custom' && customInputs}
          {errorFor('size')}
          <label>fps <input value={fps} onChange={(e) => setFps(e.target.value)} inputMode="decimal" data-testid="record-fps" /></label>
          {errorFor('fps')}
          <label>seconds <input value={seconds} disabled={untilEnd} onChange={(e) => setSeconds(e.target.value)} inputMode="decimal" data-testid="record-seconds" /></label>
          {errorFor('seconds')}
          <label className="record-check"><input type="checkbox" checked={untilEnd} onChange={(e) => setUntilEnd(e.target.checked)} /> until the animation ends</label>
          {playable && <label className="record-check"><input type="checkbox" checked={play} onChange={(e) => setPlay(e.target.checked)} /> start the animation</label>}
          <label>orbit (degrees) <input value={orbit} onChange={(e) => setOrbit(e.target.value)} inputMode="decimal" data-testid="record-orbit" /></label>
          {errorFor('orbit')}
          <button type="button" className="record-go" disabled={!!noCodecs} onClick={recordVideoNow} data-testid="record-video">Record video</button>
        </fieldset>
      ) : (
        <fieldset disabled={busy}>
          <label>size <select value={scale} onChange={(e) => setScale(e.target.value as Scale)} data-testid="record-scale">
            <option value="1">1× the view</option><option value="2">2× the view</option><option value="4">4× the view</option><option value="custom">custom</option></select></label>
          {scale === 'custom' && customInputs}
          {errorFor('size')}
          <label className="record-check"><input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} /> formula as caption</label>
          <button type="button" className="record-go" onClick={recordStillNow} data-testid="record-still">Save PNG</button>
        </fieldset>
      )}
      {progress && (
        <div className="record-progress">
          <progress value={progress.done} max={progress.total ?? undefined} data-testid="record-progress" />
          <span>{progress.done}{progress.total ? ` / ${progress.total}` : ''} frames</span>
          <button type="button" onClick={() => abort?.abort()}>Cancel</button>
        </div>
      )}
      {errorFor('run')}
      {result && <a className="record-result" href={result.url} download={result.name} data-testid="record-download">{result.name}</a>}
    </div>
  )
}
