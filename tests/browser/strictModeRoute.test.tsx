// The app as main.tsx mounts it, inside React's StrictMode. In development StrictMode runs every effect's cleanup once
// and then the effect again, so whatever an effect's cleanup takes down, its setup must put back up. Here: the route
// must keep following the address bar (a nav link's hashchange, Back's popstate) after that extra cycle.
import { afterEach, describe, expect, it } from 'vitest'
import { StrictMode, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { App } from '../../src/app/App.tsx'
import { waitFor } from './appHarness.ts'

let root: Root | null = null
let host: HTMLElement | null = null
afterEach(() => {
  root?.unmount()
  host?.remove()
  root = null
  host = null
})

const heading = () => host?.querySelector('.scene-heading h1')?.textContent ?? ''

describe('route under StrictMode', () => {
  it('follows a hash change and Back to another scene and back', async () => {
    history.replaceState(null, '', '#/derivative-limit')
    host = document.createElement('div')
    host.style.cssText = 'position:fixed;inset:0;width:1280px;height:800px'
    document.body.appendChild(host)
    root = createRoot(host)
    root.render(createElement(StrictMode, null, createElement(App)))
    await waitFor(() => heading() === 'The derivative as a limit', 'the first scene')

    // What a click on a nav link does: the hash changes and hashchange fires.
    location.hash = '#/tangent-line'
    await waitFor(() => heading() === 'The tangent line', 'the scene of the new hash', 15_000)
    expect(location.hash.startsWith('#/tangent-line')).toBe(true)

    history.back()
    await waitFor(() => heading() === 'The derivative as a limit', 'the scene after Back', 15_000)
  })
})
