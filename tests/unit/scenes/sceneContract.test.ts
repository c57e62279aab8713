// The scene contract's typing, checked by the compiler (`npm run typecheck` compiles the tests): values are typed from
// the specs, the keys a scene names must be of the right kind, and setValues takes only the scene's own values. Plus a
// scan that keeps scenes free of type casts (the contract's one boundary, scenes/sceneDefinition.ts, excepted).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { sceneParams, type ValuesOf } from '../../../src/state/paramSpec.ts'
import { defineScene, type SceneProps } from '../../../scenes/sceneDefinition.ts'
import { CURVE_CAMERA } from '../../../scenes/01-single-variable/chapter1Scene.ts'

const params = sceneParams({
  f: { kind: 'expression', default: 'x^2' },
  n: { kind: 'integer', min: 1, max: 9, step: 1, default: 3 },
  gain: { kind: 'number', min: 0, max: 1, step: 0.1, default: 0.5 },
  on: { kind: 'boolean', default: true },
  xr: { kind: 'interval', min: -5, max: 5, step: 0.1, default: [-1, 1] },
  lv: { kind: 'numberList', min: -9, max: 9, maxLength: 4, default: [] },
  mode: { kind: 'choice', default: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
})

describe('the scene contract', () => {
  it('types every value from its spec', () => {
    expectTypeOf<ValuesOf<typeof params>>().toEqualTypeOf<{
      readonly f: string
      readonly n: number
      readonly gain: number
      readonly on: boolean
      readonly xr: readonly [number, number]
      readonly lv: readonly number[]
      readonly mode: 'a' | 'b'
    }>()
  })

  it('accepts keys of the right kind and rejects the others (compile-time), and builds the schema the shell reads', () => {
    const View = (_: SceneProps<typeof params>) => null
    const base = { params, camera: CURVE_CAMERA, coordinates: ['x'], View, howTo: 'A test scene.' } as const
    const scene = defineScene({ ...base, functions: ['f'], domain: { x: 'xr' } })
    expect(scene.schema.params).toBe(params)
    expect(scene.functions).toEqual(['f'])
    // @ts-expect-error 'gain' is a number, not an expression
    defineScene({ ...base, functions: ['gain'], domain: { x: 'xr' } })
    // @ts-expect-error the domain must be an interval
    defineScene({ ...base, functions: ['f'], domain: { x: 'gain' } })
    // @ts-expect-error the "fit z" key must be a boolean
    defineScene({ ...base, functions: ['f'], domain: { x: 'xr' }, zRange: { auto: 'gain', fixed: 'xr' } })
  })

  it('setValues takes the scene’s own keys with their types (compile-time)', () => {
    const check = (props: SceneProps<typeof params, { total: number }>) => {
      props.setValues({ gain: 0.25, mode: 'b' }, 'commit')
      // @ts-expect-error not a parameter of this scene
      props.setValues({ nope: 1 }, 'commit')
      // @ts-expect-error 'c' is not an option of mode
      props.setValues({ mode: 'c' }, 'commit')
      expectTypeOf(props.model.total).toBeNumber()
      expectTypeOf(props.expressions.f).not.toBeAny()
    }
    expect(typeof check).toBe('function')
  })

  it('no scene casts a type: scenes read typed values (scenes/sceneDefinition.ts is the one boundary)', () => {
    const root = join(import.meta.dirname, '../../../scenes')
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      )
    const casts: string[] = []
    for (const file of files(root)) {
      if (file.endsWith('sceneDefinition.ts')) continue
      // Comments, string contents and import lines removed, so prose ("as one expression") and renames
      // (`import { Katex as KatexInline }`) do not count. (Angle-bracket casts do not parse in .tsx at all.)
      const code = readFileSync(file, 'utf8')
        .replace(/^import[^;]*?from\s*['"][^'"]+['"]/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""')
      for (const match of code.matchAll(/[\w)\]}!]\s+as\s+(?!const\b)[\w{([]/g)) casts.push(`${file.slice(root.length)}: ${match[0]}`)
    }
    expect(casts).toEqual([])
  })
})
