// axe-core on every scene of the workbench, in real Chromium: the suite fails on any critical or serious violation
// (WCAG 2 A/AA rules and axe's best practices), and names the rule, the element and the fix axe suggests.
import { afterEach, describe, expect, it } from 'vitest'
import axe from 'axe-core'
import { SCENES } from '../../scenes/index.ts'
import { mountApp, settle, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

/** One line per offending node: "rule (impact): selector — what to fix". */
async function seriousViolations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`))
}

describe('accessibility (axe-core)', () => {
  for (const entry of SCENES) {
    it(`${entry.id}: no critical or serious violations`, async () => {
      app = mountApp(`#/${entry.id}`)
      await settle()
      expect(await seriousViolations(app.host)).toEqual([])
    })
  }
})

describe('keyboard', () => {
  it('every settings control can be reached and used from the keyboard, log sliders included', async () => {
    app = mountApp('#/descent')
    await settle()
    const controls = [...app.host.querySelectorAll<HTMLElement>('.gui-dock [data-param]')]
    expect(controls.length).toBeGreaterThan(5)
    const unreachable = controls
      .filter((c) => !c.querySelector('input:not([type="hidden"]):not([style*="display: none"]), select, button'))
      .map((c) => c.dataset.param)
    expect(unreachable).toEqual([])
    // The learning rate is on a log slider: its value box takes typed values and arrow keys.
    const lr = app.host.querySelector<HTMLInputElement>('[data-param="lr"] .log-slider-value, .log-slider .log-slider-value')
    expect(lr).not.toBeNull()
    expect(getComputedStyle(lr!).display).not.toBe('none')
  })

  it('one h1 per page, and a skip link that moves focus to the plot', async () => {
    app = mountApp('#/partial-derivatives')
    await settle()
    expect(document.querySelectorAll('h1').length).toBe(1)
    expect(document.querySelector('h1')!.textContent).toBe('Partial derivatives')
    const skip = app.host.querySelector<HTMLAnchorElement>('.skip-link')!
    skip.click()
    expect(document.activeElement?.closest('.viewport')).not.toBeNull()
  })
})
