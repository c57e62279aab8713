import { describe, expect, it } from 'vitest'
import { wrapLines } from '../../../../src/render/record/compositeFrame.ts'

// One unit of width per character: easy to check by eye.
const measure = (t: string) => t.length

describe('caption wrapping', () => {
  it('breaks between words so no line is wider than the frame allows', () => {
    expect(wrapLines(measure, 'the secant turns into the tangent', 12)).toEqual(['the secant', 'turns into', 'the tangent'])
  })

  it('keeps explicit line breaks, and a word longer than the width on its own line', () => {
    expect(wrapLines(measure, 'f(x) = x^2\nh → 0', 40)).toEqual(['f(x) = x^2', 'h → 0'])
    expect(wrapLines(measure, 'a supercalifragilistic b', 6)).toEqual(['a', 'supercalifragilistic', 'b'])
  })
})
