import { describe, expect, it } from 'vitest'
import { formatNumber, formatPair, formatUnitVector } from '../../../../src/ui/instruments/formatNumber.ts'

describe('instrument number formatting', () => {
  it('four significant digits, scientific beyond 1e±5, "undefined" for NaN and ±∞', () => {
    expect(formatNumber(Math.PI)).toBe('3.142')
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(123456)).toBe('1.235e5')
    expect(formatNumber(0.00001234)).toBe('1.234e-5')
    expect(formatNumber(NaN)).toBe('undefined')
    expect(formatNumber(-Infinity)).toBe('undefined')
    expect(formatPair(1, -2.5)).toBe('(1, -2.5)')
  })
  it('unit vectors drop rounding error but keep real small components', () => {
    expect(formatUnitVector(Math.cos(Math.PI / 2), 1)).toBe('(0, 1)')
    expect(formatUnitVector(1e-6, 1)).toBe('(1e-6, 1)')
  })
})
