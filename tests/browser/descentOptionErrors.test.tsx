// The descent lab surfaces the optimizers' own rule (validateOptions) in both places a value comes in: a link with a
// bad value shows the rule's sentence in the banner and uses the default; a bad value typed into the GUI shows the
// same sentence under that control, and the race plays on with the last good value (it is not rebuilt). The
// expected sentences are written from the wording ("lr must be …, got …"), not read from the code.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { mountApp, sleep, waitFor, type Mounted } from './appHarness.ts'
import { frameStats } from './frameProbe.ts'
import type { LabModel } from '../../scenes/lab/descent/useLabModel.ts'

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const queryOf = (hash: string) => new Map(hash.slice(hash.indexOf('?') + 1).split('&').map((p) => p.split('=', 2) as [string, string]))

let labModel: LabModel | null = null
let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
  labModel = null
})
const mount = (hash: string) => {
  labModel = null
  app = mountApp(hash, (id, model) => {
    if (id === 'descent') labModel = model as LabModel
  })
  return app
}

/** Types into a control's box the way a person does: the text, then Enter/leaving the box (a change event). */
function typeInto(input: HTMLInputElement, text: string): void {
  input.focus()
  input.value = text
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  input.blur()
}

/** Clicks a GUI folder's title: opens it (or closes it when open). */
function openFolder(host: HTMLElement, title: string): void {
  const t = [...host.querySelectorAll<HTMLElement>('.lil-gui .lil-title')].find((e) => e.textContent === title)
  if (!t) throw new Error(`no GUI folder titled '${title}'`)
  t.click()
}

describe('descent lab: optimizer settings checked by the optimizers’ own rule', () => {
  it('a link with bad settings: the banner gives each rule’s sentence and the default used', async () => {
    mount('#/descent?adam_lr=-1&rmsprop_alpha=2&gd_sched=exponential&gd_gamma=NaN&momentum_lr=abc')
    const banner = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="problem-banner"]'), 'the banner')
    const line = (key: string) => banner.querySelector(`li[data-key="${key}"]`)?.textContent
    expect(line('adam_lr')).toBe('adam_lr adam: lr must be a finite number ≥ 0, got -1; using the default 0.05')
    expect(line('rmsprop_alpha')).toBe('rmsprop_alpha rmsprop: alpha must be a number in [0, 1], got 2; using the default 0.99')
    expect(line('gd_gamma')).toBe('gd_gamma gd: schedule gamma must be a number in (0, 1], got NaN; using the default 0.999')
    expect(line('momentum_lr')).toBe("momentum_lr momentum: lr must be a number, got the string 'abc'; using the default 0.0005")
    // The scene runs on the defaults, and the link now says so.
    await waitFor(() => labModel?.runtime.race.race.get(), 'the race')
    expect(queryOf(location.hash).get('adam_lr')).toBe('0.05')
    await waitFor(() => frameStats.firstSurfaceFrameMs !== null, 'the first frame')
    await sleep(500)
    await shot('descent-bad-link-banner')
    expect(app!.errors).toEqual([])
  })

  it('a bad value typed in the GUI: the same sentence at the control, and the race plays on with the last good value', async () => {
    mount('#/descent?adam_sched=exponential&rmsprop_on=1&maxsteps=20000&speed=100')
    const runtime = await waitFor(() => labModel?.runtime, 'the lab runtime')
    const race = await waitFor(() => runtime.race.race.get(), 'the race')
    await waitFor(() => frameStats.firstSurfaceFrameMs !== null, 'the first frame')
    ;(app!.host.querySelector('[data-testid="descent-play"]') as HTMLButtonElement).click()
    await waitFor(() => race.racers[0]!.steps > 5, 'the race to run')
    openFolder(app!.host, 'Adam')
    const gammaBox = app!.host.querySelector<HTMLInputElement>('[data-param="adam_gamma"] input')!
    typeInto(gammaBox, '-1')
    const gammaMessage = app!.host.querySelector<HTMLElement>('[data-problem-for="adam_gamma"]')!
    expect(gammaMessage.textContent).toBe('adam: schedule gamma must be a number in (0, 1], got -1; kept 0.999')
    expect(gammaMessage.style.display).toBe('block')
    expect(gammaBox.getAttribute('aria-invalid')).toBe('true')
    expect(gammaBox.value).toBe('0.999') // the box shows the value in force
    // The log slider's value box (lr) and a linear slider's box (RMSProp's alpha) say the same as a link would.
    const lrBox = app!.host.querySelector<HTMLInputElement>('[data-param="adam_lr"] .log-slider-value')!
    typeInto(lrBox, '-1')
    expect(app!.host.querySelector('[data-problem-for="adam_lr"]')!.textContent).toBe('adam: lr must be a finite number ≥ 0, got -1; kept 0.05')
    openFolder(app!.host, 'RMSProp')
    typeInto(app!.host.querySelector<HTMLInputElement>('[data-param="rmsprop_alpha"] input')!, '2')
    expect(app!.host.querySelector('[data-problem-for="rmsprop_alpha"]')!.textContent).toBe('rmsprop: alpha must be a number in [0, 1], got 2; kept 0.99')

    // Nothing was applied: the link keeps the good values, the same race object keeps running, steps keep coming.
    const query = queryOf(location.hash)
    expect([query.get('adam_gamma'), query.get('adam_lr'), query.get('rmsprop_alpha')]).toEqual(['0.999', '0.05', '0.99'])
    expect(runtime.race.race.get()).toBe(race)
    const steps = race.racers[0]!.steps
    await waitFor(() => race.racers[0]!.steps > steps + 5 && runtime.race.playing.get(), 'the race to keep running')
    openFolder(app!.host, 'RMSProp') // closes it again, so Adam's γ and its message come into view
    app!.host.querySelector('[data-problem-for="adam_gamma"]')!.scrollIntoView({ block: 'center' })
    await sleep(800)
    await shot('descent-gui-bad-gamma')

    // A good value clears the message and is applied (the race is rebuilt with it).
    typeInto(gammaBox, '0.99')
    await waitFor(() => queryOf(location.hash).get('adam_gamma') === '0.99', 'the good value to reach the link')
    expect(gammaMessage.style.display).toBe('none')
    expect(gammaBox.getAttribute('aria-invalid')).toBe('false')
    expect(app!.errors).toEqual([])
  })
})
