// The toolbar's Record control in the app: a few frames of h → 0 recorded to WebM at a custom size and downloaded
// (the file is read back through its download link and demuxed with mediabunny), a PNG still at a custom size, and
// a bad size reported at the field without recording. Afterwards the view is live again at its own size.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { ALL_FORMATS, BlobSource, EncodedPacketSink, Input } from 'mediabunny'
import { canvasOf, mountApp, settle, waitFor, type Mounted } from './appHarness.ts'
import { animationClock } from '../../src/render/animationClock.ts'
import { recordingSize } from '../../src/render/record/recordingView.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const q = <T extends Element>(host: HTMLElement, id: string) => host.querySelector<T>(`[data-testid="${id}"]`)!

/** Sets a controlled input's value the way typing does (React listens to the native input event). */
function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value)
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
}

async function openPanel(host: HTMLElement): Promise<HTMLElement> {
  q<HTMLButtonElement>(host, 'record-toggle').click()
  return waitFor(() => q<HTMLElement>(host, 'record-panel'), 'the record panel')
}

async function customSize(panel: HTMLElement, select: string, width: string, height: string): Promise<void> {
  type(q<HTMLSelectElement>(panel, select), 'custom')
  await waitFor(() => panel.querySelector('input[aria-label="width"]'), 'the custom size inputs')
  type(panel.querySelector<HTMLInputElement>('input[aria-label="width"]')!, width)
  type(panel.querySelector<HTMLInputElement>('input[aria-label="height"]')!, height)
}

describe('Record control', () => {
  it('records h → 0 to a WebM of exactly the asked frames and size, and downloads it', async () => {
    app = mountApp('#/derivative-limit?h=0.8')
    await settle()
    const viewWidth = canvasOf(app.host).width
    const panel = await openPanel(app.host)
    await customSize(panel, 'record-size', '320', '180')
    type(q<HTMLInputElement>(panel, 'record-fps'), '10')
    type(q<HTMLInputElement>(panel, 'record-seconds'), '0.6')
    await shot('record-panel-video')
    q<HTMLButtonElement>(panel, 'record-video').click()
    // While it records: the view at 320×180 over a dimmed page, and the progress bar (looked at by hand).
    await waitFor(() => app!.host.querySelector('[data-testid="record-progress"]'), 'the progress bar')
    await shot('record-in-progress')
    const link = await waitFor(() => q<HTMLAnchorElement>(app!.host, 'record-download'), 'the download link', 90_000)
    expect(link.download).toMatch(/^derivative-limit-.*\.webm$/)
    const blob = await (await fetch(link.href)).blob()
    const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS })
    const track = (await input.getPrimaryVideoTrack())!
    expect([track.codedWidth, track.codedHeight]).toEqual([320, 180])
    expect(track.codec).toBe('vp9')
    const stamps: number[] = []
    for await (const p of new EncodedPacketSink(track).packets()) stamps.push(p.timestamp)
    expect(stamps).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5])
    // "start the animation" set play, and the recording moved h along: h is smaller than where it started.
    expect(Number(new URLSearchParams(location.hash.split('?')[1]).get('h'))).toBeLessThan(0.8)
    // The view is live again, at its own size.
    expect(animationClock.manual).toBe(false)
    expect(recordingSize.get()).toBeNull()
    await waitFor(() => canvasOf(app!.host).width === viewWidth, 'the view to return to its size')
    expect(app.errors).toEqual([])
  })

  it('saves a PNG still rendered at a custom size, and reports a bad size at the field', async () => {
    app = mountApp('#/explore')
    await settle()
    const panel = await openPanel(app.host)
    ;(panel.querySelectorAll('[role="tab"]')[1] as HTMLButtonElement).click()
    await waitFor(() => q(panel, 'record-scale'), 'the still tab')
    await customSize(panel, 'record-scale', '90000', '200')
    q<HTMLButtonElement>(panel, 'record-still').click()
    const problem = await waitFor(() => panel.querySelector('[data-testid="record-error-size"]'), 'the size error')
    expect(problem.textContent).toMatch(/width 90000 is out of range/)
    expect(panel.querySelector('[data-testid="record-download"]')).toBeNull()
    await shot('record-panel-still-error')

    type(panel.querySelector<HTMLInputElement>('input[aria-label="width"]')!, '301')
    q<HTMLButtonElement>(panel, 'record-still').click()
    const link = await waitFor(() => q<HTMLAnchorElement>(app!.host, 'record-download'), 'the PNG link', 60_000)
    const bitmap = await createImageBitmap(await (await fetch(link.href)).blob())
    expect([bitmap.width, bitmap.height]).toEqual([301, 200])
    expect(app.errors).toEqual([])
  })
})
