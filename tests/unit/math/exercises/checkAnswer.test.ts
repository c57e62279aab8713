import { describe, expect, it } from 'vitest'
import { checkAnswer, parseAnswerSpec, AnswerSpecError } from '../../../../src/math/exercises/index.ts'

const chain = parseAnswerSpec(`
type: expression
variables: x
key: 2x cos(x^2)
wrong: cos(x^2) => You dropped the inner derivative.
`)

describe('expression answers', () => {
  it('accepts equivalent forms, saying when the difference simplifies to 0', () => {
    expect(checkAnswer(chain, 'cos(x^2)*2*x')).toMatchObject({ verdict: 'correct', message: expect.stringContaining('simplifies to 0') })
    // sin(2x) vs 2 sin x cos x: the simplifier does not prove it, the random points do.
    const spec = parseAnswerSpec('key: sin(2x)')
    expect(checkAnswer(spec, '2 sin(x) cos(x)')).toMatchObject({ verdict: 'correct', message: expect.stringContaining('random points') })
  })

  it('gives the listed hint for a listed wrong answer, also in another form', () => {
    expect(checkAnswer(chain, 'cos(x*x)')).toEqual({ verdict: 'wrong', message: 'You dropped the inner derivative.' })
  })

  it('says "up to a constant factor", "up to the sign" and "off by a constant"', () => {
    expect(checkAnswer(chain, 'x cos(x^2)').message).toMatch(/constant factor: yours is 0\.5 times/)
    expect(checkAnswer(chain, '-2x cos(x^2)').message).toMatch(/up to the sign/)
    expect(checkAnswer(parseAnswerSpec('key: 3x^2'), '3x^2 + 1').message).toMatch(/Off by the constant 1/)
  })

  it('names a point where an unrelated answer differs', () => {
    const result = checkAnswer(chain, 'sin(x)')
    expect(result.verdict).toBe('wrong')
    expect(result.message).toMatch(/^Not equivalent: at x = -?[0-9.]+ your answer is/)
  })

  it('recognises ∂f/∂y given for ∂f/∂x, the function itself and the second derivative', () => {
    const spec = parseAnswerSpec('variables: x, y\nkey: 2x y^3\nof: x^2 y^3\nwrt: x')
    expect(checkAnswer(spec, '3 x^2 y^2').message).toBe('This is ∂f/∂y, not ∂f/∂x: hold y fixed and vary x.')
    expect(checkAnswer(spec, 'x^2 y^3').message).toBe('This is the function itself, not its derivative.')
    expect(checkAnswer(spec, '2 y^3').message).toMatch(/second derivative/)
  })

  it('reports a typo at its position and refuses unknown names', () => {
    const typo = checkAnswer(chain, '2x cos(x^2')
    expect(typo.verdict).toBe('invalid')
    expect(typo).toHaveProperty('start')
    const unknown = checkAnswer(chain, '2t cos(t^2)')
    expect(unknown).toMatchObject({ verdict: 'invalid', message: "'t' is not defined here: the answer may use only x." })
    expect(checkAnswer(chain, '   ').verdict).toBe('invalid')
  })
})

describe('number answers', () => {
  const spec = parseAnswerSpec('type: number\nkey: pi/4\ntolerance: 0.001\nwrong: pi/2 => That is the angle of the normal.')
  it('accepts within the tolerance, in any form', () => {
    expect(checkAnswer(spec, '0.7854').verdict).toBe('correct')
    expect(checkAnswer(spec, 'atan(1)').verdict).toBe('correct')
    expect(checkAnswer(spec, '0.79').verdict).toBe('wrong')
  })
  it('gives listed hints and sign and factor hints', () => {
    expect(checkAnswer(spec, '1.5708').message).toBe('That is the angle of the normal.')
    expect(checkAnswer(spec, '-pi/4').message).toBe('Right size, wrong sign.')
    expect(checkAnswer(spec, '3pi/4').message).toMatch(/3 times too large/)
    expect(checkAnswer(spec, 'x').verdict).toBe('invalid')
  })
})

describe('vector and matrix answers', () => {
  const grad = parseAnswerSpec('type: vector\nvariables: x, y\nkey: [2x y, x^2]')
  const jac = parseAnswerSpec('type: matrix\nvariables: x, y\nkey: [2x, -2y; 2y, 2x]')
  it('checks entry by entry and names the wrong entries', () => {
    expect(checkAnswer(grad, '[2xy, x^2]').verdict).toBe('correct')
    expect(checkAnswer(grad, '2 y x, x x').verdict).toBe('correct')
    expect(checkAnswer(grad, '[2xy, x]').message).toBe('Entry 2 is wrong; the other is right.')
    expect(checkAnswer(grad, '[x^2, 2xy]').message).toBe('The entries are right but in reverse order.')
    expect(checkAnswer(jac, '[2x, -2y; 2y, x]').message).toBe('Entry (2, 2) is wrong; the others are right.')
  })
  it('recognises the transpose and wrong shapes', () => {
    expect(checkAnswer(jac, '[2x, 2y; -2y, 2x]').message).toMatch(/transpose/)
    expect(checkAnswer(jac, '[2x, -2y, 2y, 2x]')).toMatchObject({ verdict: 'invalid', message: expect.stringContaining('2×2') })
    expect(checkAnswer(grad, '[2xy, x^2, 1]').verdict).toBe('invalid')
  })
  it('points at the entry that does not parse, and keeps max(x, 0) as one entry', () => {
    const bad = checkAnswer(grad, '[2xy, x^]')
    expect(bad.verdict).toBe('invalid')
    expect((bad as { start: number }).start).toBeGreaterThanOrEqual(6)
    const relu = parseAnswerSpec('type: vector\nvariables: x, y\nkey: [max(x, 0), y]')
    expect(checkAnswer(relu, '[relu(x), y]').verdict).toBe('correct')
    expect(checkAnswer(grad, '[2xy,, x^2]').verdict).toBe('invalid')
  })
})

describe('answer blocks', () => {
  it('say precisely what is malformed', () => {
    expect(() => parseAnswerSpec('kee: 1')).toThrow(AnswerSpecError)
    expect(() => parseAnswerSpec('key: 1\nwrong: 2')).toThrow(/=> hint/)
    expect(() => parseAnswerSpec('key: 1\ndomain: 3, 1')).toThrow(/lo < hi/)
    expect(() => parseAnswerSpec('type: tensor\nkey: 1')).toThrow(/not one of/)
  })
})
