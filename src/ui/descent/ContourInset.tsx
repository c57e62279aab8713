// The lab's top view: level curves of f (marching squares on a CPU sample, levels at quantiles so valleys show at
// any scale), the known minima (white ×), the start point (white ring), every racer's trail in its colour, and in
// swarm mode the particles and the start grid coloured by basin. Canvas 2D, redrawn imperatively when a version
// store moves (at most once per animation frame); the contour layer is cached and rebuilt only when f changes.
import { useEffect, useRef } from 'react'
import type { Race } from '../../math/optim/index.ts'
import type { Domain } from '../../math/plot/index.ts'
import { viridis } from '../../math/plot/index.ts'
import type { Store } from '../../state/store.ts'
import { marchingSquares, quantileLevels } from '../../math/plot/contourLevels.ts'
import { basinColour } from '../../style/racerColours.ts'

export interface InsetSurface {
  readonly f: (x: number, y: number) => number
  readonly domain: Domain
  readonly minima: readonly (readonly [number, number])[]
}

export interface InsetSwarm {
  readonly version: Store<number>
  readonly positions: Float32Array
  readonly starts: Float64Array
  readonly basins: Int32Array
}

export interface ContourInsetProps {
  readonly surface: InsetSurface
  readonly race: Store<Race | null>
  readonly raceVersion: Store<number>
  readonly swarm: InsetSwarm
  readonly colours: Readonly<Record<string, string>>
  readonly start: readonly [number, number]
  readonly size?: number
}

/** Samples per side of the contour grid and number of levels. */
export const CONTOUR_SAMPLES = 120
export const CONTOUR_LEVELS = 16

export function ContourInset({ surface, race, raceVersion, swarm, colours, start, size = 340 }: ContourInsetProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const latest = useRef({ race, swarm, colours, start })
  latest.current = { race, swarm, colours, start }
  const scheduleRef = useRef<() => void>(() => {})

  useEffect(() => {
    const canvas = canvasRef.current!
    const { domain } = surface
    // Keep the domain's aspect ratio inside a size × size square.
    const aspect = (domain.yMax - domain.yMin) / (domain.xMax - domain.xMin)
    const w = aspect <= 1 ? size : size / aspect
    const h = aspect <= 1 ? size * aspect : size
    const dpr = window.devicePixelRatio || 1
    canvas.width = Math.round(w * dpr)
    canvas.height = Math.round(h * dpr)
    canvas.style.width = `${w}px`
    canvas.style.height = `${h}px`
    const ctx = canvas.getContext('2d')!
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    const px = (x: number) => ((x - domain.xMin) / (domain.xMax - domain.xMin)) * w
    const py = (y: number) => h - ((y - domain.yMin) / (domain.yMax - domain.yMin)) * h
    const contours = renderContours(surface, w, h, dpr)

    let frame = 0
    const draw = () => {
      frame = 0
      const { race: raceStore, swarm: sw, colours: col, start: st } = latest.current
      ctx.clearRect(0, 0, w, h)
      ctx.fillStyle = '#0e1116'
      ctx.fillRect(0, 0, w, h)
      drawBasins(ctx, sw, px, py, w, h)
      ctx.drawImage(contours, 0, 0, w, h)
      for (let k = 0; k < sw.positions.length / 2; k++) {
        const x = sw.positions[2 * k]!
        const y = sw.positions[2 * k + 1]!
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue
        ctx.fillStyle = 'rgba(255,255,255,0.8)'
        ctx.fillRect(px(x) - 0.75, py(y) - 0.75, 1.5, 1.5)
      }
      const r = raceStore.get()
      if (r) {
        for (const racer of r.racers) {
          ctx.strokeStyle = col[racer.id] ?? '#fff'
          ctx.lineWidth = 1.6
          ctx.beginPath()
          for (let k = 0; k <= racer.steps; k++) {
            const x = px(racer.trail[2 * k]!)
            const y = py(racer.trail[2 * k + 1]!)
            if (!Number.isFinite(x) || !Number.isFinite(y)) break
            if (k === 0) ctx.moveTo(x, y)
            else ctx.lineTo(x, y)
          }
          ctx.stroke()
          const hx = px(racer.theta[0]!)
          const hy = py(racer.theta[1]!)
          if (Number.isFinite(hx) && Number.isFinite(hy)) {
            ctx.fillStyle = col[racer.id] ?? '#fff'
            ctx.beginPath()
            ctx.arc(hx, hy, 3.2, 0, 2 * Math.PI)
            ctx.fill()
          }
        }
      }
      ctx.strokeStyle = '#ffffff'
      ctx.lineWidth = 1.5
      for (const [mx, my] of surface.minima) {
        const x = px(mx)
        const y = py(my)
        ctx.beginPath()
        ctx.moveTo(x - 5, y - 5)
        ctx.lineTo(x + 5, y + 5)
        ctx.moveTo(x + 5, y - 5)
        ctx.lineTo(x - 5, y + 5)
        ctx.stroke()
      }
      ctx.beginPath()
      ctx.arc(px(st[0]), py(st[1]), 5, 0, 2 * Math.PI)
      ctx.stroke()
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw)
    }
    scheduleRef.current = schedule
    draw()
    const unsubscribeRace = raceVersion.subscribe(schedule)
    const unsubscribeSwarm = swarm.version.subscribe(schedule)
    return () => {
      unsubscribeRace()
      unsubscribeSwarm()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [surface, raceVersion, swarm, size])

  // The start point and colours change through props: redraw once for them too.
  useEffect(() => scheduleRef.current(), [start, colours])

  return <canvas ref={canvasRef} className="contour-inset" data-testid="descent-inset" />
}

/** The level curves, drawn once into an offscreen canvas, each level in the surface's viridis colour. */
function renderContours(surface: InsetSurface, w: number, h: number, dpr: number): HTMLCanvasElement {
  const { f, domain } = surface
  const n = CONTOUR_SAMPLES
  const values = new Float64Array(n * n)
  for (let j = 0; j < n; j++) {
    const y = domain.yMin + (j / (n - 1)) * (domain.yMax - domain.yMin)
    for (let i = 0; i < n; i++) values[j * n + i] = f(domain.xMin + (i / (n - 1)) * (domain.xMax - domain.xMin), y)
  }
  const levels = quantileLevels(values, CONTOUR_LEVELS)
  const layer = document.createElement('canvas')
  layer.width = Math.round(w * dpr)
  layer.height = Math.round(h * dpr)
  const ctx = layer.getContext('2d')!
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
  ctx.lineWidth = 1
  const segments: number[] = []
  levels.forEach((level, index) => {
    segments.length = 0
    marchingSquares(values, n, n, level, segments)
    const [r, g, b] = viridis((index + 1) / (levels.length + 1))
    ctx.strokeStyle = `rgba(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)}, 0.85)`
    ctx.beginPath()
    for (let s = 0; s < segments.length; s += 4) {
      ctx.moveTo((segments[s]! / (n - 1)) * w, h - (segments[s + 1]! / (n - 1)) * h)
      ctx.lineTo((segments[s + 2]! / (n - 1)) * w, h - (segments[s + 3]! / (n - 1)) * h)
    }
    ctx.stroke()
  })
  return layer
}

/** Start grid cells coloured by basin (only once a run has classified them: all −1 means nothing to show). */
function drawBasins(ctx: CanvasRenderingContext2D, sw: InsetSwarm, px: (x: number) => number, py: (y: number) => number, w: number, h: number): void {
  const count = sw.basins.length
  if (count === 0 || !sw.basins.some((b) => b >= 0)) return
  const side = Math.round(Math.sqrt(count))
  const cw = w / side
  const ch = h / side
  ctx.globalAlpha = 0.55
  for (let k = 0; k < count; k++) {
    ctx.fillStyle = basinColour(sw.basins[k]!)
    ctx.fillRect(px(sw.starts[2 * k]!) - cw / 2, py(sw.starts[2 * k + 1]!) - ch / 2, cw + 0.5, ch + 0.5)
  }
  ctx.globalAlpha = 1
}
