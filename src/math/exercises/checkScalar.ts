// One expression or number answer against its key: equal → correct; equal to a listed wrong answer → its hint;
// otherwise the most useful thing that can be said (a constant factor, a constant apart, ∂f/∂y for ∂f/∂x, or the
// first point where the two differ).
import { differentiate, parse, simplify, sub, compile, equals, num } from '../expr/index.ts'
import type { AnswerSpec } from './answerSpec.ts'
import type { CheckResult } from './checkResult.ts'
import { compareFunctions, formatPoint, formatValue, type Relation } from './compareFunctions.ts'
import { isRead, readAnswer, type ReadAnswer } from './readAnswer.ts'
import { valuesAgree } from './samplePoints.ts'

export function checkScalar(spec: AnswerSpec, text: string, offset = 0): CheckResult {
  const read = readAnswer(text, spec.variables, offset)
  if (!isRead(read)) return read
  const key = readKey(spec.key, spec.variables)
  return judge(spec, read, key)
}

export function readKey(text: string, variables: readonly string[]): ReadAnswer {
  const key = readAnswer(text, variables)
  if (!isRead(key)) throw new Error(`the key '${text}' of an exercise cannot be read: ${key.message}`)
  return key
}

function judge(spec: AnswerSpec, answer: ReadAnswer, key: ReadAnswer): CheckResult {
  if (spec.type === 'number') return judgeNumber(spec, answer, key)
  const relation = compareFunctions(answer.evaluate, key.evaluate, spec.variables, spec.domain)
  if (relation.kind === 'equal') {
    const proved = equals(simplify(sub(answer.expr, key.expr)), num(0))
    return {
      verdict: 'correct',
      message: proved
        ? 'Correct: your answer minus the key simplifies to 0.'
        : `Correct: your answer agrees with the key at ${relation.checked} random points.`,
    }
  }
  if (relation.kind === 'undefined') throw new Error(`the key '${spec.key}' is undefined almost everywhere on the domain`)
  return { verdict: 'wrong', message: listedHint(spec, answer) ?? derivativeHint(spec, answer) ?? genericHint(relation) }
}

function judgeNumber(spec: AnswerSpec, answer: ReadAnswer, key: ReadAnswer): CheckResult {
  const mine = answer.evaluate({})
  const expected = key.evaluate({})
  if (valuesAgree(mine, expected, spec.tolerance)) {
    return { verdict: 'correct', message: `Correct${spec.tolerance !== null ? ` (within ±${spec.tolerance})` : ''}: ${formatValue(expected)}.` }
  }
  const listed = listedHint(spec, answer)
  if (listed) return { verdict: 'wrong', message: listed }
  if (!Number.isFinite(mine)) return { verdict: 'wrong', message: `Your answer evaluates to ${formatValue(mine)}; the answer is a finite number.` }
  if (valuesAgree(-mine, expected, spec.tolerance)) return { verdict: 'wrong', message: 'Right size, wrong sign.' }
  const ratio = mine / expected
  if (Number.isFinite(ratio) && Math.abs(ratio - Math.round(ratio)) < 1e-9 && Math.abs(ratio) >= 2) {
    return { verdict: 'wrong', message: `Your answer is ${formatValue(ratio)} times too large: look for a factor you counted twice.` }
  }
  if (Number.isFinite(1 / ratio) && Math.abs(1 / ratio - Math.round(1 / ratio)) < 1e-9 && Math.abs(1 / ratio) >= 2) {
    return { verdict: 'wrong', message: `Your answer is ${formatValue(1 / ratio)} times too small: look for a factor you dropped.` }
  }
  return { verdict: 'wrong', message: `Not this number (you gave ${formatValue(mine)}).` }
}

/** The hint of the first listed wrong answer that the typed answer is equivalent to. */
function listedHint(spec: AnswerSpec, answer: ReadAnswer): string | null {
  for (const wrong of spec.wrong) {
    const w = readKey(wrong.answer, spec.variables)
    if (spec.type === 'number') {
      if (valuesAgree(answer.evaluate({}), w.evaluate({}), spec.tolerance)) return wrong.hint
    } else if (compareFunctions(answer.evaluate, w.evaluate, spec.variables, spec.domain).kind === 'equal') return wrong.hint
  }
  return null
}

/** With `of` and `wrt`: the partial with respect to another variable, or the function itself, are classic slips. */
function derivativeHint(spec: AnswerSpec, answer: ReadAnswer): string | null {
  if (spec.of === null || spec.wrt === null) return null
  const f = parse(spec.of)
  const same = (expr: ReturnType<typeof parse>) =>
    compareFunctions(answer.evaluate, compile(expr), spec.variables, spec.domain).kind === 'equal'
  for (const other of spec.variables) {
    if (other === spec.wrt) continue
    if (same(differentiate(f, other).result)) return `This is ∂f/∂${other}, not ∂f/∂${spec.wrt}: hold ${other} fixed and vary ${spec.wrt}.`
  }
  if (same(f)) return 'This is the function itself, not its derivative.'
  const second = differentiate(differentiate(f, spec.wrt).result, spec.wrt).result
  if (same(second)) return `This is the second derivative; the question asks for the first.`
  return null
}

function genericHint(relation: Exclude<Relation, { kind: 'equal' } | { kind: 'undefined' }>): string {
  switch (relation.kind) {
    case 'factor':
      return relation.factor === -1
        ? 'Right up to the sign: check which term carries the minus.'
        : `Right up to a constant factor: yours is ${formatValue(relation.factor)} times the answer. Check the constants (a power brought down, an inner derivative).`
    case 'offset':
      return `Off by the constant ${formatValue(relation.offset)}: a constant term is wrong (a constant's derivative is 0).`
    case 'different':
      return `Not equivalent: at ${formatPoint(relation.at)} your answer is ${formatValue(relation.mine)}, but the right value there is ${formatValue(relation.expected)}.`
  }
}
