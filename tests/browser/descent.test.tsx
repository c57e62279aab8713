// The descent lab in real Chromium: it loads and draws, a race of two optimizers on Rosenbrock is deterministic
// (same trails twice) and changes the picture, a diverging configuration says "diverged at step k" without freezing
// the page, and a small swarm on the tfjs webgl backend agrees with the float64 optimizers.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { mountApp, sleep, type Mounted } from './appHarness.ts'
import { frameStats } from './frameProbe.ts'
import type { LabModel } from '../../scenes/lab/descent/useLabModel.ts'
import { optionsFrom } from '../../scenes/lab/descent/optimizerParams.ts'
import { createOptimizer, testFunction } from '../../src/math/optim/index.ts'



async function waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 60_000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = probe()
    if (value) return value
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

async function settle(): Promise<void> {
  await waitFor(() => frameStats.firstSurfaceFrameMs !== null, 'the first surface frame')
  let last = -1
  while (frameStats.frames !== last) {
    last = frameStats.frames
    await sleep(400)
  }
}

function pixelsOf(host: HTMLElement): Uint8ClampedArray {
  const canvas = host.querySelector('.viewport canvas') as HTMLCanvasElement
  const copy = document.createElement('canvas')
  copy.width = canvas.width
  copy.height = canvas.height
  const ctx = copy.getContext('2d')!
  ctx.drawImage(canvas, 0, 0)
  return ctx.getImageData(0, 0, copy.width, copy.height).data
}

const coveredFraction = (p: Uint8ClampedArray) => {
  let covered = 0
  for (let i = 3; i < p.length; i += 4) if (p[i]! > 0) covered++
  return covered / (p.length / 4)
}

const differingFraction = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
  let n = 0
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24) n++
  }
  return n / (a.length / 4)
}

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
/** The side panel scrolled to the lab's own part (status, top view, charts), then the page. */
async function panelShot(host: HTMLElement, name: string): Promise<void> {
  host.querySelector('[data-testid="descent-panel"]')!.scrollIntoView()
  await sleep(300)
  await shot(name)
}
/** The lab's model as the host last computed it (the app reports it through onModel). */
let labModel: LabModel | null = null
const watchModel = (sceneId: string, model: unknown) => {
  // The descent scene's useModel returns a LabModel (scenes/lab/descent/useLabModel.ts).
  if (sceneId === 'descent') labModel = model as LabModel
}
/** Mounts the app; the model of a previous mount is forgotten first (it reports its own as soon as it renders). */
const mount = (hash: string): Mounted => {
  labModel = null
  return mountApp(hash, watchModel)
}
const runtimeOf = () => waitFor(() => labModel?.runtime, 'the lab runtime')
const runtimeNow = () => labModel!.runtime
const button = (host: HTMLElement, id: string) => host.querySelector<HTMLButtonElement>(`[data-testid="descent-${id}"]`)!

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
  labModel = null
})

const queryOf = (hash: string) => new Map(hash.slice(hash.indexOf('?') + 1).split('&').map((p) => p.split('=', 2) as [string, string]))

/** Presses play and waits until every racer has stopped (max steps, converged or diverged). */
async function raceToTheEnd(host: HTMLElement): Promise<void> {
  const runtime = await runtimeOf()
  await waitFor(() => runtime.race.race.get(), 'the race')
  button(host, 'play').click()
  await waitFor(() => !runtime.race.playing.get() && runtime.race.race.get()!.racers.every((r) => r.status !== 'running'), 'the race to end')
  await settle()
}

/** A link to the lab on one test function (a link carries f and the domain itself: choosing fn in the GUI fills them in). */
function labHash(id: string, settings: string): string {
  const t = testFunction(id)
  const { xMin, xMax, yMin, yMax } = t.domain
  return `#/descent?fn=${id}&f=${encodeURIComponent(t.expression)}&xr=${xMin},${xMax}&yr=${yMin},${yMax}&sx=${t.start[0]}&sy=${t.start[1]}&${settings}`
}

const RACE = labHash('rosenbrock', 'gd_on=0&momentum_on=1&adam_on=1&maxsteps=300&speed=3000&spf=200')

describe('descent lab', () => {
  it('loads with no errors, draws the surface, and moves the start point by click and by arrow keys', async () => {
    app = mount('#/descent')
    await settle()
    await runtimeOf()
    expect(coveredFraction(pixelsOf(app.host))).toBeGreaterThan(0.1)
    await shot('descent-default')
    const canvas = app.host.querySelector('.viewport canvas') as HTMLCanvasElement
    const before = pixelsOf(app.host)
    // A click in the middle of the canvas lands on the surface: the start point moves there and into the link.
    const rect = canvas.getBoundingClientRect()
    const at = { clientX: rect.left + rect.width * 0.45, clientY: rect.top + rect.height * 0.6, bubbles: true, button: 0, pointerId: 1 }
    canvas.dispatchEvent(new PointerEvent('pointerdown', at))
    canvas.dispatchEvent(new PointerEvent('pointerup', at))
    await waitFor(() => queryOf(location.hash).get('sx') !== '-1.5', 'the start point to move')
    const sx = Number(queryOf(location.hash).get('sx'))
    const sy = Number(queryOf(location.hash).get('sy'))
    expect(sx).toBeGreaterThan(-2)
    expect(sx).toBeLessThan(2)
    await settle()
    expect(differingFraction(before, pixelsOf(app.host))).toBeGreaterThan(0.0005)
    // Arrow keys: 1% of the domain's width (4) per press, Shift a tenth of that.
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    await waitFor(() => Number(queryOf(location.hash).get('sx')) !== sx, 'the key to move the start')
    expect(Number(queryOf(location.hash).get('sx'))).toBeCloseTo(sx + 0.04, 4)
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true, bubbles: true }))
    await waitFor(() => Number(queryOf(location.hash).get('sy')) !== sy, 'the shifted key to move the start')
    expect(Number(queryOf(location.hash).get('sy'))).toBeCloseTo(sy + 0.004, 4)
    await settle()

    // Dragging the ring (it sits where we clicked) moves the start and does not orbit the camera.
    const beforeDrag = pixelsOf(app.host)
    const sxBeforeDrag = Number(queryOf(location.hash).get('sx'))
    canvas.dispatchEvent(new PointerEvent('pointerdown', at))
    for (let k = 1; k <= 5; k++) {
      canvas.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: at.clientX + 8 * k, clientY: at.clientY + 3 * k }))
      await sleep(30)
    }
    canvas.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: at.clientX + 40, clientY: at.clientY + 15 }))
    await waitFor(() => Number(queryOf(location.hash).get('sx')) !== sxBeforeDrag, 'the drag to move the start')
    await settle()
    const changed = differingFraction(beforeDrag, pixelsOf(app.host))
    expect(changed).toBeGreaterThan(0)
    expect(changed).toBeLessThan(0.05) // an orbit would have moved the whole picture
    expect(app.errors).toEqual([])
  })

  it('choosing a test function in the GUI loads its surface, domain, start and minima', async () => {
    app = mount('#/descent')
    await settle()
    const runtime = await runtimeOf()
    const select = await waitFor(() => app!.host.querySelector<HTMLSelectElement>('[data-param="fn"] select'), 'the test-function dropdown')
    const option = Array.from(select.options).find((o) => o.textContent === 'Himmelblau')!
    select.value = option.value
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await waitFor(() => queryOf(location.hash).get('fn') === 'himmelblau', 'the choice in the link')
    const query = queryOf(location.hash)
    expect(decodeURIComponent(query.get('f')!)).toBe(testFunction('himmelblau').expression)
    expect(query.get('xr')).toBe('-5,5')
    expect([query.get('sx'), query.get('sy')]).toEqual(['-0.3', '-0.9'])
    await waitFor(() => labModel?.surface.minima.length === 4, 'the four minima')
    expect(runtime.race.race.get()!.racers[0]!.trail.slice(0, 2)).toEqual(Float64Array.of(-0.3, -0.9))
    expect(app.errors).toEqual([])
  })

  it('a start where f is undefined says so, draws no racer, and play does nothing harmful', async () => {
    app = mount(`#/descent?fn=custom&f=${encodeURIComponent('log(x) + y^2')}&xr=-2,2&yr=-2,2&sx=-1&sy=0.5&zauto=1`)
    await settle()
    await runtimeOf()
    const message = await waitFor(() => app!.host.querySelector('[data-testid="descent-start-undefined"]'), 'the undefined-start message')
    expect(message.textContent).toContain('undefined at the start')
    const rows = Array.from(app.host.querySelectorAll('[data-testid="descent-status"] tr'))
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['diverged', 'diverged', 'diverged'])
    expect(rows[0]!.textContent).toMatch(/diverged at step 0/)
    button(app.host, 'play').click()
    await settle()
    expect(runtimeNow().race.race.get()!.racers.every((r) => r.steps === 0)).toBe(true)
    await shot('descent-undefined-start')
    expect(app.errors).toEqual([])
  })

  it('races momentum and Adam on Rosenbrock for 300 steps: pixels change, and the trails are the same twice', async () => {
    const trails: number[][][] = []
    for (let run = 0; run < 2; run++) {
      app = mount(RACE)
      await settle()
      // settle() keys on a page-wide frame count: on the second mount it can return before the new canvas has drawn.
      await waitFor(() => coveredFraction(pixelsOf(app!.host)) > 0.1, 'the new canvas to draw the surface')
      await settle()
      const before = pixelsOf(app.host)
      await raceToTheEnd(app.host)
      const race = runtimeNow().race.race.get()!
      expect(race.racers.map((r) => r.id)).toEqual(['momentum', 'adam'])
      expect(race.racers.map((r) => r.steps)).toEqual([300, 300])
      trails.push(race.racers.map((r) => Array.from(r.trail)))
      expect(differingFraction(before, pixelsOf(app.host))).toBeGreaterThan(0.001)
      const rows = app.host.querySelectorAll('[data-testid="descent-status"] tr')
      expect(Array.from(rows, (r) => r.getAttribute('data-status'))).toEqual(['max-steps', 'max-steps'])
      if (run === 0) {
        await shot('descent-race-rosenbrock')
        await panelShot(app.host, 'descent-race-panel')
        app.host.querySelector('[data-testid="descent-distance-chart"]')!.scrollIntoView()
        await sleep(300)
        await shot('descent-race-charts')
      }
      expect(app.errors).toEqual([])
      app.unmount()
      app = null
    }
    expect(trails[1]).toEqual(trails[0])
  })

  it('a diverging learning rate says "diverged at step k" and the page keeps running', async () => {
    app = mount(labHash('rosenbrock', 'gd_on=1&gd_lr=0.05&momentum_on=0&adam_on=1&maxsteps=600&speed=500&spf=50'))
    await settle()
    let ticks = 0
    const timer = setInterval(() => ticks++, 50)
    await raceToTheEnd(app.host).catch(() => undefined)
    const row = await waitFor(() => app!.host.querySelector('[data-racer="gd"][data-status="diverged"]'), 'GD to diverge')
    clearInterval(timer)
    expect(row.textContent).toMatch(/diverged at step \d+/)
    // Timers kept firing while the race ran: the page never froze.
    expect(ticks).toBeGreaterThan(3)
    await settle()
    await shot('descent-diverged')
    await panelShot(app.host, 'descent-diverged-panel')
    expect(app.errors).toEqual([])
  })

  it('extreme conditioning (κ = 1000): the GD trail is the closed-form zig-zag x_k = x₀(1 − γκ)^k', async () => {
    // f = (κx² + y²)/2: GD multiplies x by (1 − γκ) = −0.9 and y by (1 − γ) each step.
    app = mount(labHash('ill-conditioned', 'kappa=1000&gd_on=1&gd_lr=0.0019&momentum_on=0&adam_on=1&adam_lr=0.05&maxsteps=40&speed=2000&spf=100'))
    await settle()
    await raceToTheEnd(app.host)
    const gd = runtimeNow().race.race.get()!.racers.find((r) => r.id === 'gd')!
    for (const k of [1, 2, 3, 10, 40]) {
      expect(gd.trail[2 * k]).toBeCloseTo(1.5 * (-0.9) ** k, 12)
      expect(gd.trail[2 * k + 1]).toBeCloseTo(1.8 * (1 - 0.0019) ** k, 12)
    }
    await shot('descent-ill-conditioned')
    await panelShot(app.host, 'descent-ill-conditioned-panel')
    expect(app.errors).toEqual([])
  })

  it('swarm mode: 256 particles on the tfjs webgl backend agree with the float64 optimizers', async () => {
    app = mount(labHash('booth', 'gd_on=0&momentum_on=0&adam_on=0&swarm=1&swopt=momentum&momentum_lr=0.01&swcount=256&swsteps=150'))
    await settle()
    const runtime = await runtimeOf()
    // Swarm mode shows the grid of starts and waits for play, like the race; the note under the button says so.
    expect(runtime.swarm.status.get().phase).toBe('ready')
    expect(app.host.querySelector('.scene-actions')!.textContent).toContain('The grey dots are the starts')
    app.host.querySelector<HTMLButtonElement>('[data-testid="descent-play"]')!.click()
    await waitFor(() => runtime.swarm.status.get().phase === 'done' || runtime.swarm.status.get().phase === 'error', 'the swarm to finish', 120_000)
    const status = runtime.swarm.status.get()
    expect(status.message).toBe('')
    expect(status.backend).toBe('webgl')
    const surface = labModel!.surface
    const values = Object.fromEntries(queryOf(location.hash))
    const options = optionsFrom('momentum', { ...values, momentum_lr: 0.01, momentum_momentum: 0.9, momentum_dampening: 0, momentum_weightDecay: 0, momentum_sched: 'constant' })
    const g = new Float64Array(2)
    let worst = 0
    for (let k = 0; k < 256; k++) {
      const opt = createOptimizer('momentum', options)
      const theta = Float64Array.of(runtime.swarm.starts[2 * k]!, runtime.swarm.starts[2 * k + 1]!)
      for (let s = 0; s < 150; s++) {
        surface.grad(theta[0]!, theta[1]!, g)
        opt.step(theta, g)
      }
      for (let i = 0; i < 2; i++) worst = Math.max(worst, Math.abs(runtime.swarm.positions[2 * k + i]! - theta[i]!) / Math.max(1, Math.abs(theta[i]!)))
    }
    // float32 on the GPU (~1e-7 per op, webgl's transcendental and mul/add rounding) against float64, over 150 contracting
    // steps on a quadratic: errors do not grow, so 1e-3 relative is a generous float32 bound.
    expect(worst).toBeLessThan(1e-3)
    // Booth has one minimum: after 150 steps every particle has reached it, so every start point is coloured by basin 0.
    expect(status.basinCounts).toEqual([256, 0])
    await settle()
    await shot('descent-swarm-booth')
    expect(app.errors).toEqual([])
  })

  it('swarm mode on Himmelblau colours the start grid by the four basins', async () => {
    app = mount(labHash('himmelblau', 'gd_on=0&momentum_on=0&adam_on=0&swarm=1&swopt=adam&adam_lr=0.05&swcount=1024&swsteps=400'))
    await settle()
    const runtime = await runtimeOf()
    app.host.querySelector<HTMLButtonElement>('[data-testid="descent-play"]')!.click()
    await waitFor(() => ['done', 'error'].includes(runtime.swarm.status.get().phase), 'the swarm to finish', 120_000)
    const counts = runtime.swarm.status.get().basinCounts
    expect(counts.length).toBe(5)
    // Every one of the four minima attracts a good share of the grid.
    for (let i = 0; i < 4; i++) expect(counts[i]!).toBeGreaterThan(100)
    await settle()
    await shot('descent-swarm-himmelblau')
    await panelShot(app.host, 'descent-swarm-panel')
    expect(app.errors).toEqual([])
  })
})
