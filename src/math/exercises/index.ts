// Checking typed exercise answers (pure: no DOM). See answerSpec.ts for the ```answer block format.
import type { AnswerSpec } from './answerSpec.ts'
import { checkArray } from './checkArray.ts'
import type { CheckResult } from './checkResult.ts'
import { checkScalar } from './checkScalar.ts'

export { parseAnswerSpec, AnswerSpecError, type AnswerSpec, type AnswerType, type WrongAnswer } from './answerSpec.ts'
export type { CheckResult } from './checkResult.ts'

export function checkAnswer(spec: AnswerSpec, typed: string): CheckResult {
  return spec.type === 'vector' || spec.type === 'matrix' ? checkArray(spec, typed) : checkScalar(spec, typed)
}
