// Character classes of the grammar, shared by the tokenizer and the identifier splitter so both agree
// on what a letter, a digit and a space are. Only ASCII letters name things; any Unicode white space
// (a pasted no-break space, a line separator) separates tokens like an ordinary space.

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

export const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))

export const isAlphanumeric = (c: string | undefined): boolean => isLetter(c) || isDigit(c)

export const isSpace = (c: string | undefined): boolean => c !== undefined && /^\s$/.test(c)

/** Greek letters as typed or pasted, and the names the grammar reads them by. */
const GREEK_LETTERS = 'αβγδεζηθικλμνξοπρστυφχψω'
const GREEK_SPELLED = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu',
  'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
]

/** Characters people paste from typeset math, and what to type instead. */
export const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['×', '*'], ['·', '*'], ['⋅', '*'], ['∗', '*'], ['÷', '/'], ['−', '-'], ['–', '-'], ['—', '-'],
  ['²', '^2'], ['³', '^3'], ['√', 'sqrt(…)'], ['ς', 'sigma'], ['ϕ', 'phi'], ['ϑ', 'theta'], ['ϵ', 'epsilon'],
  ...[...GREEK_LETTERS].map((letter, i): [string, string] => [letter, GREEK_SPELLED[i]!]),
])
