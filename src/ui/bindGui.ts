// Builds the lil-gui panel from a scene schema and keeps it in step with the store both ways: moving a control
// updates the state, and a state change from elsewhere (Back/Forward, a preset, the expression panel) updates the
// controls. Dynamic parameters get a folder whose sliders appear and disappear as the expression's free names change.
import GUI, { type Controller } from 'lil-gui'
import { dynamicParamsOf, setDynamic, setParam, type SceneState } from '../state/sceneState.ts'
import type { NumberSpec, IntegerSpec, NumberListSpec, ParamSpec, ParamValue, SceneSchema } from '../state/paramSpec.ts'
import { decodeParam, encodeParam, type Decoded } from '../state/paramCodec.ts'
import { brokenRule, decodeWithRules } from '../state/schemaRules.ts'
import { formatNumberList } from '../state/numberList.ts'
import type { Store } from '../state/store.ts'
import { logSliderPosition, logSliderRange, logSliderValue } from './logSlider.ts'

export interface GuiActions {
  update(next: SceneState, phase: 'commit' | 'drag'): void
  endDrag(): void
  resetView(): void
  /** Present when the scene offers an automatic z fit. */
  fitZ?: () => void
}

type Proxy = Record<string, number | boolean | string>

export function bindGui(gui: GUI, schema: SceneSchema, store: Store<SceneState>, actions: GuiActions): () => void {
  const proxy: Proxy = {}
  /** Each control knows how to read its proxy value from the state (for updates coming from elsewhere). */
  const refreshers: (() => void)[] = []
  const folders = new Map<string, GUI>()
  const folderFor = (name?: string): GUI => {
    if (!name) return gui
    // Settings folders start closed so the panel leaves the surface visible; the parameters folder stays open.
    if (!folders.has(name)) folders.set(name, gui.addFolder(name).close())
    return folders.get(name)!
  }

  /**
   * Every change of a fixed value passes the scene's rules on the whole state it would produce (an optimizer's
   * α ≤ 1, a cosine η_min ≤ lr); a change that breaks one is not applied, and its sentence appears under the control
   * that made it, saying what was kept. The control returns to the kept value.
   */
  // The refusals on screen: a later change that is applied (here or at another control) clears them all, since the
  // sentence was about a state that no longer holds (θ* switched to gd makes "…left ticked" under Adam's box stale).
  const refusals = new Set<ProblemLine>()
  const setFixed = (key: string, value: ParamValue, phase: 'commit' | 'drag') => {
    const current = store.get()
    const next = setParam(schema, current, key, value)
    const broken = brokenRule(schema, next.values)
    const c = controllerOf(gui, key)
    const showProblem = c ? problemMessage(c, key) : null
    if (broken && !brokenRule(schema, current.values)) {
      const spec = schema.params[key]!
      showProblem?.(`${broken.message}; ${keptText(spec, current.values[key]!)}`)
      if (showProblem) refusals.add(showProblem)
      for (const refresh of refreshers) refresh()
      return
    }
    showProblem?.(null)
    for (const line of refusals) line(null)
    refusals.clear()
    actions.update(next, phase)
  }
  /** Text typed into a fixed parameter's box: read by the same checks as a link (the scene's rules, then the range). */
  const decodeFixed = (key: string) => (text: string) => decodeWithRules(schema, store.get().values, key, text)

  for (const [key, spec] of Object.entries(schema.params)) {
    if (spec.kind === 'expression') continue // edited in the side panel, with its error highlighting
    addFixedControl(folderFor(spec.folder), proxy, key, spec, store, setFixed, decodeFixed(key), actions.endDrag, refreshers)
  }

  const buttons = { 'reset view': actions.resetView, 'fit z': () => actions.fitZ?.() }
  gui.add(buttons, 'reset view')
  if (actions.fitZ) gui.add(buttons, 'fit z')

  // Dynamic parameters: rebuilt only when the set of names changes, so a drag is never interrupted.
  let dynamicFolder: GUI | null = null
  let dynamicNames = ''
  const dynamicRefreshers: (() => void)[] = []
  const syncDynamic = () => {
    const state = store.get()
    const { names, specs } = dynamicParamsOf(schema, state)
    const joined = names.join(',')
    if (joined === dynamicNames) return
    dynamicNames = joined
    dynamicFolder?.destroy()
    dynamicRefreshers.length = 0
    dynamicFolder = names.length > 0 ? gui.addFolder('parameters') : null
    for (const name of names) {
      const key = `param:${name}`
      const set = (_: string, value: ParamValue, phase: 'commit' | 'drag') =>
        actions.update(setDynamic(store.get(), name, value as number), phase)
      const read = (s: SceneState) => s.dynamic[name] ?? specs[name]!.default
      const decode = (text: string) => decodeParam(specs[name]!, text)
      addNumberControl(dynamicFolder!, proxy, key, name, specs[name]!, store, read, set, decode, actions.endDrag, dynamicRefreshers)
    }
  }
  syncDynamic()

  // Controls that apply only to some choices (shownWhen) are hidden while they do not apply.
  for (const c of gui.controllersRecursive()) {
    const spec = schema.params[c.domElement.dataset.param ?? '']
    const when = spec && (spec.kind === 'number' || spec.kind === 'integer') ? spec.shownWhen : undefined
    if (!when) continue
    const sync = () => c.show(when.is.includes(String(store.get().values[when.key])))
    sync()
    refreshers.push(sync)
  }

  const unsubscribe = store.subscribe(() => {
    syncDynamic()
    for (const refresh of [...refreshers, ...dynamicRefreshers]) refresh()
  })
  return unsubscribe
}

type Setter = (key: string, value: ParamValue, phase: 'commit' | 'drag') => void

/** Reads what was typed into a control's box: the value, or the sentence that says what is wrong with it. */
type Decode = (text: string) => Decoded

function addFixedControl(
  folder: GUI, proxy: Proxy, key: string, spec: ParamSpec, store: Store<SceneState>,
  set: Setter, decode: Decode, endDrag: () => void, refreshers: (() => void)[],
): void {
  const label = spec.label ?? key
  switch (spec.kind) {
    case 'number':
    case 'integer':
      addNumberControl(folder, proxy, key, label, spec, store, (s) => s.values[key] as number, set, decode, endDrag, refreshers)
      return
    case 'boolean': {
      proxy[key] = store.get().values[key] as boolean
      const c = folder.add(proxy, key).name(label).onChange((v: boolean) => set(key, v, 'commit'))
      tag(c, key)
      refreshers.push(() => refresh(c, proxy, key, store.get().values[key] as boolean))
      return
    }
    case 'choice': {
      proxy[key] = store.get().values[key] as string
      const options = Object.fromEntries(spec.options.map((o) => [o.label, o.value]))
      const c = folder.add(proxy, key, options).name(label).onChange((v: string) => set(key, v, 'commit'))
      tag(c, key)
      refreshers.push(() => refresh(c, proxy, key, store.get().values[key] as string))
      return
    }
    case 'interval': {
      // Two sliders, lo and hi, kept apart by at least one step so the interval never becomes empty.
      const sub = folder === folder.root && !spec.folder ? folder.addFolder(label) : folder
      const read = () => store.get().values[key] as readonly [number, number]
      for (const end of [0, 1] as const) {
        const pkey = `${key}:${end === 0 ? 'lo' : 'hi'}`
        proxy[pkey] = read()[end]
        const c = sub
          .add(proxy, pkey, spec.min, spec.max, spec.step)
          .name(`${label} ${end === 0 ? 'min' : 'max'}`)
          .onChange((v: number) => {
            const [lo, hi] = read()
            const next: [number, number] = end === 0 ? [Math.min(v, hi - spec.step), hi] : [lo, Math.max(v, lo + spec.step)]
            set(key, next, 'drag')
          })
          .onFinishChange(endDrag)
        tag(c, pkey)
        refreshers.push(() => refresh(c, proxy, pkey, read()[end]))
      }
      return
    }
    case 'numberList':
      addNumberListControl(folder, proxy, key, label, spec, store, set, refreshers)
      return
    case 'expression':
      return
  }
}

/**
 * A text box for a list of numbers ("0, 0.5, 2.25"). It commits when the edit is finished (Enter, or leaving the box),
 * read by the same strict parser as the URL. A bad entry leaves the state at its last good value and says, under the
 * box, what is wrong and what was kept; the typed text stays so it can be corrected. The box shows the stored list
 * (sorted, without repeats) once accepted.
 */
function addNumberListControl(
  folder: GUI, proxy: Proxy, key: string, label: string, spec: NumberListSpec, store: Store<SceneState>,
  set: Setter, refreshers: (() => void)[],
): void {
  const read = () => store.get().values[key] as readonly number[]
  const forPeople = (values: readonly number[]) => formatNumberList(values, ', ')
  /** The URL form of the value the box last showed; a state change elsewhere differs from it and rewrites the box. */
  let shown = formatNumberList(read())
  proxy[key] = forPeople(read())
  const c = folder.add(proxy, key).name(label)
  tag(c, key)
  const input = c.domElement.querySelector('input')
  input?.setAttribute('placeholder', 'e.g. 0, 0.5, 2')
  const showProblem = problemMessage(c, key)
  const rewrite = (values: readonly number[]) => {
    shown = formatNumberList(values)
    proxy[key] = forPeople(values)
    c.updateDisplay()
  }

  c.onFinishChange((text: string) => {
    const decoded = decodeParam(spec, text)
    if ('problem' in decoded) {
      const kept = read()
      showProblem(`${decoded.problem}; kept ${kept.length === 0 ? 'no values' : forPeople(kept)}`)
      return
    }
    const values = decoded.value as readonly number[]
    showProblem(null)
    rewrite(values)
    if (formatNumberList(values) !== formatNumberList(read())) set(key, values, 'commit')
  })
  refreshers.push(() => {
    const values = read()
    if (formatNumberList(values) === shown) return
    showProblem(null)
    rewrite(values)
  })
}

/** The control tagged with `key` (an interval's two sliders are `key:lo` and `key:hi`: the first of them). */
function controllerOf(gui: GUI, key: string): Controller | undefined {
  return gui.controllersRecursive().find((c) => c.domElement.dataset.param === key || c.domElement.dataset.param?.startsWith(`${key}:`))
}

type ProblemLine = (problem: string | null) => void
const problemLines = new WeakMap<Controller, ProblemLine>()

/**
 * A line under a control that says what was wrong with what was typed or chosen there (role="alert", so screen
 * readers hear it), and marks its input invalid; null clears it. One per control, made when first needed; the input
 * marked is the one the person types into (a log slider's value box, else lil-gui's own input or select).
 */
function problemMessage(c: Controller, key: string): ProblemLine {
  const made = problemLines.get(c)
  if (made) return made
  const input =
    c.domElement.querySelector<HTMLInputElement>('.log-slider-value') ?? c.domElement.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')
  const message = document.createElement('div')
  message.className = 'expression-error gui-param-problem'
  message.dataset.problemFor = key
  message.setAttribute('role', 'alert')
  message.style.cssText = 'padding: 0 8px 6px; display: none'
  c.domElement.after(message)
  const line: ProblemLine = (problem) => {
    message.textContent = problem ?? ''
    message.style.display = problem === null ? 'none' : 'block'
    input?.setAttribute('aria-invalid', problem === null ? 'false' : 'true')
    if (input) input.style.boxShadow = problem === null ? '' : 'inset 0 0 0 1px var(--error)'
  }
  problemLines.set(c, line)
  return line
}

/** Slider travel of one arrow-key press in a log slider's value box: 1/50 of the range (Shift: 1/500). */
const LOG_KEY_STEPS = 50

/** A slider for a number (linear, or in log10 when the spec says log). */
function addNumberControl(
  folder: GUI, proxy: Proxy, key: string, label: string, spec: NumberSpec | IntegerSpec, store: Store<SceneState>,
  read: (s: SceneState) => number, set: Setter, decode: Decode, endDrag: () => void, refreshers: (() => void)[],
): void {
  if (spec.log) {
    const range = logSliderRange(spec)
    proxy[key] = logSliderPosition(spec, read(store.get()))
    const c = folder
      .add(proxy, key, range.min, range.max, (range.max - range.min) / 400)
      .name(label)
      .onChange((position: number) => set(key, logSliderValue(spec, position), 'drag'))
      .onFinishChange(endDrag)
    c.domElement.classList.add('log-slider')
    tag(c, key)
    // lil-gui's own number box would show the slider's position (log10 of the value), so it is hidden; this box
    // shows and takes the value itself, so the parameter can be read, typed and stepped from the keyboard.
    const box = document.createElement('input')
    box.type = 'text'
    box.inputMode = 'decimal'
    box.className = 'log-slider-value'
    box.setAttribute('aria-label', `${label} (log scale; arrow keys step, Shift: fine)`)
    box.value = String(read(store.get()))
    c.domElement.querySelector('.lil-widget')?.append(box)
    const showProblem = problemMessage(c, key)
    box.addEventListener('change', () => {
      const decoded = decode(box.value.trim())
      if ('problem' in decoded) {
        showProblem(`${decoded.problem}; kept ${read(store.get())}`)
        return
      }
      showProblem(null)
      set(key, decoded.value as number, 'commit')
    })
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
      event.preventDefault()
      const step = (range.max - range.min) / (event.shiftKey ? 10 * LOG_KEY_STEPS : LOG_KEY_STEPS)
      const position = logSliderPosition(spec, read(store.get())) + (event.key === 'ArrowUp' ? step : -step)
      showProblem(null)
      set(key, logSliderValue(spec, position), 'commit')
    })
    refreshers.push(() => {
      const value = read(store.get())
      if (document.activeElement !== box || box.getAttribute('aria-invalid') !== 'true') box.value = String(value)
      // Only move the slider when the value really differs: the rounded value must not fight the handle mid-drag.
      if (logSliderValue(spec, proxy[key] as number) !== value) refresh(c, proxy, key, logSliderPosition(spec, value))
    })
    return
  }
  proxy[key] = read(store.get())
  const c = folder
    .add(proxy, key, spec.min, spec.max, spec.step)
    .name(label)
    .onChange((v: number) => set(key, v, 'drag'))
    .onFinishChange(endDrag)
  tag(c, key)
  takeTypedText(c, key, store, read, set, decode)
  refreshers.push(() => refresh(c, proxy, key, read(store.get())))
}

/**
 * lil-gui applies every keystroke in its number box at once, clamped to the slider: typing −1 into a box whose slider
 * spans [0.5, 1] would set 0.5 without a word. Instead the typed text is read when the edit is finished (Enter, or
 * leaving the box) by the same checks as a link; a bad entry keeps the last good value and says why under the box.
 */
function takeTypedText(c: Controller, key: string, store: Store<SceneState>, read: (s: SceneState) => number, set: Setter, decode: Decode): void {
  const input = c.domElement.querySelector<HTMLInputElement>('input')
  if (!input) return
  // Capture on the control's element runs before lil-gui's own listener on the input, and stops it.
  c.domElement.addEventListener('input', (event) => {
    if (event.target === input) event.stopPropagation()
  }, true)
  const showProblem = problemMessage(c, key)
  input.addEventListener('change', () => {
    const decoded = decode(input.value.trim())
    if ('problem' in decoded) {
      showProblem(`${decoded.problem}; kept ${read(store.get())}`)
      c.updateDisplay() // the box shows the value in force (lil-gui does the same when the box loses focus)
      return
    }
    showProblem(null)
    if (decoded.value !== read(store.get())) set(key, decoded.value as number, 'commit')
  })
}

function refresh(c: Controller, proxy: Proxy, key: string, value: number | boolean | string): void {
  if (proxy[key] === value) return
  proxy[key] = value
  c.updateDisplay()
}

/** A stable hook for tests and styling: data-param="<key>" on the control's element. */
function tag(c: Controller, key: string): void {
  c.domElement.dataset.param = key
}

/** What stays after a refused change, in the control's own terms: a box stays ticked, a number keeps its value. */
function keptText(spec: ParamSpec, value: ParamValue): string {
  if (spec.kind === 'boolean') return value === true ? 'left ticked' : 'left unticked'
  return `kept ${encodeParam(spec, value)}`
}
