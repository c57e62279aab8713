// The one error type of the math core. `start`/`end` are character offsets into the text that was parsed,
// so the UI can underline exactly the offending range. Any bad input must surface as an ExprError, never another throw.
export class ExprError extends Error {
  readonly start: number
  readonly end: number
  constructor(message: string, start: number, end: number) {
    super(message)
    this.name = 'ExprError'
    this.start = start
    this.end = Math.max(start, end)
  }
}
