import { describe, expect, it } from 'vitest'
import { distinctTickLabels, formatNumber, formatNumberLatex, formatPair, formatPowerOfTen, formatUnitVector } from '../../../../src/math/format/formatNumber.ts'

describe('the one number formatter', () => {
  it('four significant digits by default, trailing zeros dropped, -0 as 0', () => {
    expect(formatNumber(Math.PI)).toBe('3.142')
    expect(formatNumber(2.5)).toBe('2.5')
    expect(formatNumber(100)).toBe('100')
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(-1.23456)).toBe('-1.235')
  })
  it('more digits on request (chapter 1 shows convergence with 5 or 6)', () => {
    expect(formatNumber(Math.PI, 6)).toBe('3.14159')
    expect(formatNumber(-0.000123456789, 6)).toBe('-0.000123457')
    expect(formatNumber(1 / 3, 2)).toBe('0.33')
  })
  it('scientific outside [1e-4, 1e5), with a bare exponent and the ASCII minus', () => {
    expect(formatNumber(123456)).toBe('1.235e5')
    expect(formatNumber(99999)).toBe('1e5')
    expect(formatNumber(99990)).toBe('99990')
    expect(formatNumber(0.00001234)).toBe('1.234e-5')
    expect(formatNumber(-0.00001234)).toBe('-1.234e-5')
    expect(formatNumber(0.0001)).toBe('0.0001')
    expect(formatNumber(6.02214076e23, 6)).toBe('6.02214e23')
  })
  it('NaN is "undefined"; ±∞ are ∞ and -∞', () => {
    expect(formatNumber(NaN)).toBe('undefined')
    expect(formatNumber(Infinity)).toBe('∞')
    expect(formatNumber(-Infinity)).toBe('-∞')
  })
  it('pairs, unit vectors and powers of ten', () => {
    expect(formatPair(1, -2.5)).toBe('(1, -2.5)')
    expect(formatUnitVector(Math.cos(Math.PI / 2), 1)).toBe('(0, 1)')
    expect(formatUnitVector(1e-6, 1)).toBe('(1e-6, 1)')
    expect([1e-7, 1e-6, 1e-3, 1e-2, 0.1, 1, 10, 1000, 1e4].map(formatPowerOfTen)).toEqual(['1e-7', '1e-6', '1e-3', '0.01', '0.1', '1', '10', '1000', '1e4'])
    expect(formatPowerOfTen(-0.001)).toBe('-1e-3')
    expect(formatPowerOfTen(-0.1)).toBe('-0.1')
  })
  it('tick labels get the digits that keep neighbours apart, no more', () => {
    // A narrow log axis: 10^-0.18, 10^-0.17, 10^-0.16 are 0.6607, 0.6761, 0.6918: two digits would print 0.66, 0.68, 0.69
    // (apart) but 10^-0.17 and 10^-0.165 are 0.6761 and 0.6839, both "0.68" with two digits.
    expect(distinctTickLabels([10 ** -0.18, 10 ** -0.17, 10 ** -0.16])).toEqual(['0.66', '0.68', '0.69'])
    expect(distinctTickLabels([10 ** -0.17, 10 ** -0.165, 10 ** -0.16])).toEqual(['0.676', '0.684', '0.692'])
    expect(distinctTickLabels([0.1, 1, 10])).toEqual(['0.1', '1', '10'])
    expect(distinctTickLabels([1.0000001, 1.0000002])).toEqual(['1', '1']) // at most six digits
  })
  it('numbers for LaTeX write exponents as powers of ten (typeset, 2.2e-36 would read as 2.2·e − 36)', () => {
    expect(formatNumberLatex(2.23262e-36, 5)).toBe('2.2326 \\times 10^{-36}')
    expect(formatNumberLatex(-1.5e7)).toBe('-1.5 \\times 10^{7}')
    expect(formatNumberLatex(0.65905, 5)).toBe('0.65905')
    expect(formatNumberLatex(Infinity)).toBe('\\infty')
    expect(formatNumberLatex(NaN)).toBe('\\text{undefined}')
  })
})
