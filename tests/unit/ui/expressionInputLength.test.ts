// A pasted expression past the state's length limit is refused at the input (with the excess highlighted), not
// committed and then reported in the link banner.
import { describe, expect, it } from 'vitest'
import { parseForInput } from '../../../src/ui/ExpressionInput.tsx'
import { MAX_EXPRESSION_LENGTH, checkParam } from '../../../src/state/paramCodec.ts'
import type { ExpressionSpec } from '../../../src/state/paramSpec.ts'

describe('parseForInput and the length limit', () => {
  it('accepts the longest text the state accepts, and refuses one character more where it was typed', () => {
    const longest = ('1' + '+1'.repeat(249)).padEnd(500) // 500 characters, the last a space
    expect(longest).toHaveLength(MAX_EXPRESSION_LENGTH)
    expect('expr' in parseForInput(longest)).toBe(true)
    const tooLong = longest + 'y'
    const parsed = parseForInput(tooLong)
    expect(parsed).toEqual({ error: { message: 'the expression is longer than 500 characters (it has 501)', start: 500, end: 501 } })
    // The same boundary as the state's own check, so nothing the input commits is refused later.
    const spec: ExpressionSpec = { kind: 'expression', default: 'x' }
    expect(checkParam(spec, longest)).toBeNull()
    expect(checkParam(spec, tooLong)).toContain('longer than 500 characters')
  })
})
