// The numbers every plot gesture shares: click slop, grab radius, which handle a press takes, and arrow-key steps.
import { describe, expect, it } from 'vitest'
import { chooseGrab, clickSlopPx, grabRadiusPx, withinClickSlop } from '../../../../src/render/gestures/gestureRules.ts'
import { arrowStep, nudgePoint } from '../../../../src/math/instruments/pickedPoint.ts'

describe('click slop', () => {
  it('a mouse press released within 5 px is a click, farther is a drag', () => {
    const from = { x: 100, y: 100 }
    expect(withinClickSlop(from, { x: 103, y: 104 }, 'mouse')).toBe(true) // exactly 5 px (3-4-5)
    expect(withinClickSlop(from, { x: 104, y: 104 }, 'mouse')).toBe(false) // 5.66 px
    expect(withinClickSlop(from, from, 'pen')).toBe(true)
  })

  it('a finger trembles more: a tap may wander 10 px', () => {
    const from = { x: 0, y: 0 }
    expect(withinClickSlop(from, { x: 6, y: 8 }, 'touch')).toBe(true) // 10 px
    expect(withinClickSlop(from, { x: 6, y: 8 }, 'mouse')).toBe(false)
    expect(withinClickSlop(from, { x: 7, y: 8 }, 'touch')).toBe(false)
    expect(clickSlopPx('touch')).toBeGreaterThan(clickSlopPx('mouse'))
  })

  it('an unknown pointer type is treated as a mouse', () => {
    expect(clickSlopPx('')).toBe(clickSlopPx('mouse'))
    expect(grabRadiusPx('something')).toBe(grabRadiusPx('mouse'))
  })
})

describe('grab radius and the choice of handle', () => {
  it('the radius is 16 px for a mouse and 24 px for a finger', () => {
    expect(grabRadiusPx('mouse')).toBe(16)
    expect(grabRadiusPx('pen')).toBe(16)
    expect(grabRadiusPx('touch')).toBe(24)
  })

  it('takes the nearest offer within the radius', () => {
    expect(chooseGrab([{ distancePx: 12 }, { distancePx: 3 }, { distancePx: 9 }], 16)).toBe(1)
    expect(chooseGrab([null, { distancePx: 15 }], 16)).toBe(1)
  })

  it('takes none when every handle is out of reach, hidden (null) or unplaceable (NaN)', () => {
    expect(chooseGrab([{ distancePx: 16.5 }, null, { distancePx: NaN }, { distancePx: Infinity }], 16)).toBe(-1)
    expect(chooseGrab([], 16)).toBe(-1)
  })

  it('the radius is inclusive, and a tie goes to the later offer (drawn on top)', () => {
    expect(chooseGrab([{ distancePx: 16 }], 16)).toBe(0)
    expect(chooseGrab([{ distancePx: 4 }, { distancePx: 4 }], 16)).toBe(1)
  })

  it('a grab region (distance 0) wins over a handle near its edge', () => {
    expect(chooseGrab([{ distancePx: 2 }, { distancePx: 0, jump: true }], 16)).toBe(1)
  })

  it('a finger reaches a handle a mouse does not', () => {
    const offers = [{ distancePx: 20 }]
    expect(chooseGrab(offers, grabRadiusPx('mouse'))).toBe(-1)
    expect(chooseGrab(offers, grabRadiusPx('touch'))).toBe(0)
  })
})

describe('arrow-key steps', () => {
  const steps = { coarse: 1 / 100, fine: 1 / 1000 }

  it('Right and Up are +x and +y in math axes; Shift takes the fine step', () => {
    expect(arrowStep('ArrowRight', false, steps)).toEqual([0.01, 0])
    expect(arrowStep('ArrowLeft', false, steps)).toEqual([-0.01, 0])
    expect(arrowStep('ArrowUp', true, steps)).toEqual([0, 0.001])
    expect(arrowStep('ArrowDown', true, steps)).toEqual([0, -0.001])
  })

  it('surfaces default to 1/50 and 1/500 of a side', () => {
    expect(arrowStep('ArrowRight', false)).toEqual([1 / 50, 0])
    expect(arrowStep('ArrowUp', true)).toEqual([0, 1 / 500])
  })

  it('nudgePoint takes the steps of the plot it moves on, in units of each side', () => {
    const domain = { xMin: -2, xMax: 2, yMin: 0, yMax: 10 }
    expect(nudgePoint({ x: 0.5, y: 5 }, 'ArrowRight', false, domain, steps)).toEqual({ x: 0.54, y: 5 })
    expect(nudgePoint({ x: 0.5, y: 5 }, 'ArrowDown', true, domain, steps)).toEqual({ x: 0.5, y: 4.99 })
    // Clamped at the edge: a key never leaves the domain.
    expect(nudgePoint({ x: 1.99, y: 5 }, 'ArrowRight', false, domain, steps)).toEqual({ x: 2, y: 5 })
  })
})
