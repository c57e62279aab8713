// Which code an exercise test runs: the learner's file in exercises/ (the default), or the reference solution in
// exercises/solutions/ when EXERCISE_TARGET=solutions (`npm run exercise -- --solutions`, part of `npm test`).
// Only the chosen module is imported, so a learner's half-written file cannot break the reference run.
export function implementation<T>(learner: () => Promise<T>, reference: () => Promise<T>): Promise<T> {
  return process.env.EXERCISE_TARGET === 'solutions' ? reference() : learner()
}

export const target = process.env.EXERCISE_TARGET === 'solutions' ? 'the reference solution' : 'your code'
