import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { VIRIDIS_STOPS_HEX, viridis, viridisCssGradient } from '../../../../src/math/plot/viridisColormap.ts'

const hexToUnit = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255)
// WCAG relative luminance of an sRGB colour, written out from the sRGB definition.
const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
}

describe('viridis', () => {
  it('hits the stops: dark purple at 0, teal at ½, yellow at 1', () => {
    expect(viridis(0)).toEqual(hexToUnit('#440154'))
    expect(viridis(0.5)).toEqual(hexToUnit('#21918c'))
    expect(viridis(1)).toEqual(hexToUnit('#fde725'))
  })

  it('interpolates linearly between stops', () => {
    const a = hexToUnit('#440154')
    const b = hexToUnit('#472d7b')
    const mid = viridis(1 / 16)
    for (let c = 0; c < 3; c++) expect(mid[c]).toBeCloseTo((a[c]! + b[c]!) / 2, 12)
  })

  it('clamps outside [0, 1] and maps NaN to the lowest colour', () => {
    expect(viridis(-3)).toEqual(viridis(0))
    expect(viridis(7)).toEqual(viridis(1))
    expect(viridis(NaN)).toEqual(viridis(0))
  })

  it('gets brighter as t grows, so heights read in greyscale (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (t, dt) => {
        fc.pre(t + dt <= 1)
        expect(luminance(viridis(t + dt))).toBeGreaterThan(luminance(viridis(t)))
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('shaders/colormap.glsl holds the same nine stops', () => {
    const glsl = readFileSync(resolve(__dirname, '../../../../shaders/colormap.glsl'), 'utf8')
    const start = glsl.indexOf('PLOT_VIRIDIS[9]')
    const table = glsl.slice(start, glsl.indexOf(');', start))
    const triples = [...table.matchAll(/vec3\(([\d.]+), ([\d.]+), ([\d.]+)\)/g)].map((m) => [+m[1]!, +m[2]!, +m[3]!])
    expect(triples).toHaveLength(9)
    triples.forEach((rgb, k) => {
      const expected = hexToUnit(VIRIDIS_STOPS_HEX[k]!)
      for (let c = 0; c < 3; c++) expect(rgb[c]).toBeCloseTo(expected[c]!, 5)
    })
  })

  it('the CSS gradient lists the stops from 0% to 100%', () => {
    const css = viridisCssGradient('to top')
    expect(css.startsWith('linear-gradient(to top, #440154 0.0%')).toBe(true)
    expect(css.endsWith('#fde725 100.0%)')).toBe(true)
  })
})
