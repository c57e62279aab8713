// A light canvas-2D line chart of per-step series (loss, distance to the minimum) against the step number, log10 on
// the value axis by default. It redraws imperatively when `version` moves (at most once per animation frame), never
// through React state, so a race playing at 60 fps costs one small canvas draw per frame.
import { useEffect, useRef } from 'react'
import { niceTicks, formatTick } from '../../math/plot/index.ts'
import type { Store } from '../../state/store.ts'
import { linearScale, logScale, positiveRange, type Scale } from '../../math/plot/chartScale.ts'
import { formatPowerOfTen } from '../../math/format/formatNumber.ts'

export interface ChartSeries {
  readonly id: string
  readonly colour: string
  /** Values by step; only the first `count` are drawn. */
  readonly values: ArrayLike<number>
  readonly count: number
  /** Subtracted from every value before drawing (e.g. f* to plot the gap f − f*). */
  readonly offset?: number
}

export interface StepChartProps {
  readonly title: string
  /** Reads the current series (called at draw time). */
  readonly series: () => readonly ChartSeries[]
  readonly version: Store<number>
  readonly log?: boolean
  /** Shown instead of the chart when there is nothing to plot. */
  readonly emptyText?: string
  readonly width?: number
  readonly height?: number
  readonly testId?: string
}

const PAD = { left: 44, right: 8, top: 18, bottom: 20 }

export function StepChart({ title, series, version, log = true, emptyText = 'nothing to plot yet', width = 340, height = 130, testId }: StepChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const seriesRef = useRef(series)
  seriesRef.current = series
  useEffect(() => {
    const canvas = canvasRef.current!
    const dpr = window.devicePixelRatio || 1
    canvas.width = Math.round(width * dpr)
    canvas.height = Math.round(height * dpr)
    const context = canvas.getContext('2d')!
    context.setTransform(dpr, 0, 0, dpr, 0, 0)
    let frame = 0
    const draw = () => {
      frame = 0
      drawChart(context, width, height, title, seriesRef.current(), log, emptyText)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw)
    }
    draw()
    const unsubscribe = version.subscribe(schedule)
    return () => {
      unsubscribe()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [version, width, height, title, log, emptyText])
  return <canvas ref={canvasRef} className="step-chart" style={{ width, height }} data-testid={testId} />
}

function drawChart(
  ctx: CanvasRenderingContext2D, width: number, height: number, title: string,
  all: readonly ChartSeries[], log: boolean, emptyText: string,
): void {
  ctx.clearRect(0, 0, width, height)
  ctx.font = '11px system-ui, sans-serif'
  ctx.fillStyle = '#8a94a3'
  ctx.textBaseline = 'top'
  ctx.fillText(title, PAD.left, 2)
  const x0 = PAD.left
  const x1 = width - PAD.right
  const y0 = height - PAD.bottom
  const y1 = PAD.top
  const lastStep = Math.max(10, ...all.map((s) => s.count - 1))
  const yScale = log ? logYScale(all, y0, y1) : linearYScale(all, y0, y1)
  if (!yScale) {
    ctx.fillText(emptyText, PAD.left, height / 2 - 6)
    return
  }
  const xTicks = niceTicks(0, lastStep, 4)
  const xScale = linearScale(0, lastStep, x0, x1, xTicks)

  ctx.strokeStyle = '#262e39'
  ctx.lineWidth = 1
  ctx.fillStyle = '#8a94a3'
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'right'
  const yStep = yScale.ticks.length > 1 ? yScale.ticks[1]! - yScale.ticks[0]! : 1
  for (const t of yScale.ticks) {
    const y = Math.round(yScale.toPixel(t)) + 0.5
    ctx.beginPath()
    ctx.moveTo(x0, y)
    ctx.lineTo(x1, y)
    ctx.stroke()
    ctx.fillText(log ? formatPowerOfTen(t) : formatTick(t, yStep), x0 - 4, y)
  }
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  const xStep = xTicks.length > 1 ? xTicks[1]! - xTicks[0]! : 1
  for (const t of xTicks) ctx.fillText(formatTick(t, xStep), xScale.toPixel(t), y0 + 4)
  ctx.textAlign = 'left'

  ctx.save()
  ctx.beginPath()
  ctx.rect(x0, y1 - 1, x1 - x0, y0 - y1 + 2)
  ctx.clip()
  ctx.lineWidth = 1.5
  for (const s of all) {
    ctx.strokeStyle = s.colour
    ctx.beginPath()
    let pen = false
    // Long races: at most ~2 points per pixel column are drawn.
    const stride = Math.max(1, Math.floor(s.count / (2 * (x1 - x0))))
    for (let k = 0; k < s.count; k += stride) {
      const y = yScale.toPixel(s.values[k]! - (s.offset ?? 0))
      if (!Number.isFinite(y)) {
        pen = false
        continue
      }
      const x = xScale.toPixel(k)
      if (pen) ctx.lineTo(x, y)
      else ctx.moveTo(x, y)
      pen = true
    }
    ctx.stroke()
  }
  ctx.restore()
}

/** The top of a log axis stays within this factor of the largest starting value: one diverging racer (f → 1e16) must not squash the others. */
export const MAX_RISE_OVER_START = 1e3

function logYScale(all: readonly ChartSeries[], y0: number, y1: number): Scale | null {
  const range = positiveRange(all.map((s) => s.values), all.map((s) => s.count), all.map((s) => s.offset ?? 0))
  if (!range) return null
  let start = 0
  for (const s of all) if (s.count > 0) start = Math.max(start, s.values[0]! - (s.offset ?? 0))
  const cap = start > 0 ? 10 ** Math.ceil(Math.log10(start * MAX_RISE_OVER_START)) : Infinity
  return logScale(range.lo, Math.max(Math.min(range.hi, cap), range.lo * 10), y0, y1)
}

function linearYScale(all: readonly ChartSeries[], y0: number, y1: number): Scale | null {
  let lo = Infinity
  let hi = -Infinity
  for (const s of all) {
    for (let k = 0; k < s.count; k++) {
      const v = s.values[k]! - (s.offset ?? 0)
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v)
        hi = Math.max(hi, v)
      }
    }
  }
  if (!(hi >= lo)) return null
  if (hi === lo) {
    lo -= 1
    hi += 1
  }
  const ticks = niceTicks(lo, hi, 4)
  return linearScale(lo, hi, y0, y1, ticks.filter((t) => t >= lo && t <= hi))
}
