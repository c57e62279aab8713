// Text ↔ value for one parameter, and validation of a value against its spec. Every rejection is a sentence
// that names the problem, because it is shown to the person who opened the link (DESIGN.md, Safety).
import { ExprError, parse } from '../math/expr/index.ts'
import { parseStrictNumber } from './parseStrictNumber.ts'
import { formatNumberList, numberListProblem, parseNumberList } from './numberList.ts'
import type { ParamSpec, ParamValue } from './paramSpec.ts'

/** Longer expressions are not typed by hand; refusing them bounds the parser's and the shader compiler's work. */
export const MAX_EXPRESSION_LENGTH = 500

export type Decoded = { readonly value: ParamValue } | { readonly problem: string }

export function encodeParam(spec: ParamSpec, value: ParamValue): string {
  switch (spec.kind) {
    case 'boolean':
      return value ? '1' : '0'
    case 'interval': {
      const [lo, hi] = value as readonly [number, number]
      return `${lo},${hi}`
    }
    case 'numberList':
      return formatNumberList(value as readonly number[])
    default:
      return String(value)
  }
}

export function decodeParam(spec: ParamSpec, text: string): Decoded {
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const value = parseStrictNumber(text)
      if (value === null) return { problem: `'${text}' is not a number` }
      return checked(spec, value)
    }
    case 'boolean':
      if (text === '1' || text === 'true') return { value: true }
      if (text === '0' || text === 'false') return { value: false }
      return { problem: `'${text}' is not a boolean (use 1 or 0)` }
    case 'choice':
      return checked(spec, text)
    case 'expression':
      return checked(spec, text)
    case 'interval': {
      const parts = text.split(',')
      if (parts.length !== 2) return { problem: `'${text}' is not an interval (write lo,hi, e.g. -2,2)` }
      const [lo, hi] = parts.map(parseStrictNumber)
      if (lo == null || hi == null) return { problem: `'${text}' is not an interval of two numbers` }
      return checked(spec, [lo, hi])
    }
    case 'numberList':
      return parseNumberList(spec, text)
  }
}

/** Why `value` is not acceptable for `spec`, or null when it is. */
export function checkParam(spec: ParamSpec, value: ParamValue): string | null {
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${String(value)} is not a finite number`
      if (spec.kind === 'integer' && !Number.isInteger(value)) return `${value} is not a whole number`
      if (value < spec.min || value > spec.max) return `${value} is outside [${spec.min}, ${spec.max}]`
      return null
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : `${String(value)} is not a boolean`
    case 'choice':
      return spec.options.some((o) => o.value === value)
        ? null
        : `'${String(value)}' is not one of ${spec.options.map((o) => o.value).join(', ')}`
    case 'expression':
      return expressionProblem(value)
    case 'interval': {
      if (!Array.isArray(value) || value.length !== 2) return `${String(value)} is not an interval`
      const [lo, hi] = value as unknown as readonly [number, number]
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) return `${lo},${hi} has a bound that is not finite`
      if (lo < spec.min || hi > spec.max) return `${lo},${hi} reaches outside [${spec.min}, ${spec.max}]`
      if (!(lo < hi)) return `${lo},${hi} is empty: the lower bound must be below the upper bound`
      return null
    }
    case 'numberList':
      return numberListProblem(spec, value)
  }
}

/** The one length limit of expression text (links, state and the input alike), or null within it. */
export function expressionLengthProblem(text: string): string | null {
  return text.length > MAX_EXPRESSION_LENGTH ? `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters (it has ${text.length})` : null
}

function expressionProblem(value: ParamValue): string | null {
  if (typeof value !== 'string') return `${String(value)} is not an expression`
  const tooLong = expressionLengthProblem(value)
  if (tooLong) return tooLong
  try {
    parse(value)
    return null
  } catch (error) {
    if (error instanceof ExprError) return `${error.message} (at characters ${error.start}-${error.end} of '${value}')`
    throw error
  }
}

function checked(spec: ParamSpec, value: ParamValue): Decoded {
  const problem = checkParam(spec, value)
  return problem === null ? { value } : { problem }
}
