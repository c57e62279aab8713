// npm run exercise -- 2.7             test your code for exercise 2.7 (exercises/2.7-*.ts) and say what is wrong
// npm run exercise -- 2.7 --solutions test the reference solution instead
// npm run exercise -- --solutions     test every reference solution (npm test runs this)
// npm run exercise                    test all of your exercise files
// Plain Node (no TypeScript loader needed): vitest runs the TypeScript tests.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const solutions = args.includes('--solutions')
const numbers = args.filter((a) => a !== '--solutions')
const unknownFlag = numbers.find((a) => a.startsWith('-'))
if (unknownFlag) fail(`unknown option '${unknownFlag}' (use an exercise number such as 2.7, and/or --solutions)`)

const testDir = join('exercises', 'tests')
const tests = readdirSync(testDir).filter((f) => f.endsWith('.test.ts'))
const numberOf = (file) => file.slice(0, file.indexOf('-'))
const available = tests.map(numberOf)
const files = []
for (const n of numbers) {
  if (!/^\d+\.\d+$/.test(n)) fail(`'${n}' is not an exercise number like 2.7`)
  const file = tests.find((f) => numberOf(f) === n)
  if (!file) fail(`exercise ${n} is not a coding exercise; the coding exercises are ${available.join(', ')}`)
  files.push(join(testDir, file))
}

const vitest = join('node_modules', '.bin', process.platform === 'win32' ? 'vitest.cmd' : 'vitest')
const run = spawnSync(vitest, ['run', '--config', 'vitest.exercises.config.ts', ...(files.length ? files : [testDir])], {
  stdio: 'inherit',
  env: { ...process.env, EXERCISE_TARGET: solutions ? 'solutions' : 'learner' },
})
if (run.error) fail(`could not start vitest: ${run.error.message}`)
process.exit(run.status ?? 1)

function fail(message) {
  console.error(`npm run exercise: ${message}`)
  process.exit(2)
}
