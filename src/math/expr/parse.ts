// Text → AST by recursive descent over the tokens of tokenize.ts. Precedence, loosest first:
//   sum      := product (('+' | '-') product)*                    left-associative
//   product  := unary (('*' | '/') unary | implicit-factor)*       left-associative; `2x`, `x y`, `(a)(b)`, `3 sin(x)`
//   unary    := ('-' | '+') unary | power                          so -x^2 = -(x^2) and -2x = (-2)·x, as in Python
//   power    := primary ('^' unary)?                               right-associative; 2^-x = 2^(-x)
//   primary  := number | name | function '(' sum (',' sum)* ')' | '(' sum ')'
// A unary minus applied directly to a bare number literal folds into one negative number: `-2` is num(-2), while
// `-(2)` and `-2^2` stay neg(...). Unary '+' is dropped. A number may not start an implicit factor (`x 2`, `2 3`):
// that is almost always a typo, and rejecting it keeps `2x` and `x2` unambiguous.
import { binary, call, constant, neg, num, variable, type BinaryOp, type Expr } from './ast.ts'
import { ExprError } from './errors.ts'
import { arityText, FUNCTIONS, type FnName } from './functions.ts'
import { MAX_AST_DEPTH, MAX_DEPTH, tooDeepMessage } from './limits.ts'
import { tokenize, type Token } from './tokenize.ts'

export { MAX_AST_DEPTH, MAX_DEPTH } from './limits.ts'

/** A parsed sub-expression, the depth of its tree, and whether it is a bare number literal (for folding `-2`). */
interface Parsed {
  readonly expr: Expr
  readonly depth: number
  readonly bareLiteral: boolean
}

const leaf = (expr: Expr, bareLiteral = false): Parsed => ({ expr, depth: 1, bareLiteral })

class Parser {
  private pos = 0
  private nesting = 0
  /** Tokens of the '(' still open, innermost last: an unexpected end of input points at the innermost. */
  private readonly openParens: Token[] = []

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Expr {
    const result = this.parseSum()
    const t = this.peek()
    if (t.type === ')') throw new ExprError("unexpected ')': there is no '(' for it to close", t.start, t.end)
    if (t.type === ',') throw this.strayComma(t)
    return result.expr
  }

  private peek(): Token {
    return this.tokens[this.pos]!
  }

  private advance(): Token {
    return this.tokens[this.pos++]!
  }

  /** Runs `inner` one nesting level deeper (parentheses, unary sign, exponent), refusing to go past MAX_DEPTH. */
  private nested<T>(at: Token, inner: () => T): T {
    if (++this.nesting > MAX_DEPTH) throw new ExprError(tooDeepMessage(MAX_DEPTH), at.start, at.end)
    const result = inner()
    this.nesting--
    return result
  }

  /** Wraps a new interior node, refusing trees deeper than MAX_AST_DEPTH. */
  private node(expr: Expr, at: Token, ...children: Parsed[]): Parsed {
    let depth = 1
    for (const child of children) depth = Math.max(depth, 1 + child.depth)
    if (depth > MAX_AST_DEPTH) throw new ExprError(tooDeepMessage(MAX_AST_DEPTH), at.start, at.end)
    return { expr, depth, bareLiteral: false }
  }

  private parseSum(): Parsed {
    let left = this.parseProduct()
    for (let t = this.peek(); t.type === 'op' && (t.op === '+' || t.op === '-'); t = this.peek()) {
      this.advance()
      const right = this.parseProduct()
      left = this.node(binary(t.op, left.expr, right.expr), t, left, right)
    }
    return left
  }

  private parseProduct(): Parsed {
    let left = this.parseUnary()
    for (;;) {
      const t = this.peek()
      let right: Parsed
      let op: BinaryOp
      if (t.type === 'op' && (t.op === '*' || t.op === '/')) {
        this.advance()
        right = this.parseUnary()
        op = t.op
      } else if (t.type === 'name' || t.type === '(') {
        right = this.parsePower()
        op = '*'
      } else if (t.type === 'num') {
        throw new ExprError(`missing operator before ${this.textOf(t)}: write * for a product`, t.start, t.end)
      } else {
        return left
      }
      left = this.node(binary(op, left.expr, right.expr), t, left, right)
    }
  }

  private parseUnary(): Parsed {
    const t = this.peek()
    if (t.type !== 'op' || (t.op !== '-' && t.op !== '+')) return this.parsePower()
    this.advance()
    const operand = this.nested(t, () => this.parseUnary())
    if (t.op === '+') return { ...operand, bareLiteral: false }
    if (operand.bareLiteral && operand.expr.kind === 'num') return leaf(num(-operand.expr.value))
    return this.node(neg(operand.expr), t, operand)
  }

  private parsePower(): Parsed {
    const base = this.parsePrimary()
    const t = this.peek()
    if (t.type !== 'op' || t.op !== '^') return base
    this.advance()
    const exponent = this.nested(t, () => this.parseUnary())
    return this.node(binary('^', base.expr, exponent.expr), t, base, exponent)
  }

  private parsePrimary(): Parsed {
    const t = this.peek()
    switch (t.type) {
      case 'num':
        this.advance()
        return leaf(num(t.value), true)
      case 'name':
        this.advance()
        if (t.kind === 'fn') return this.parseCall(t, t.name as FnName)
        return leaf(t.kind === 'const' ? constant(t.name as 'pi' | 'e') : variable(t.name))
      case '(': {
        this.advance()
        const inner = this.nested(t, () => this.inParens(t, () => this.parseSum()))
        return { ...inner, bareLiteral: false }
      }
      default:
        throw this.missingOperand(t)
    }
  }

  /** Parses between `open` and its ')', which it consumes. */
  private inParens<T>(open: Token, inner: () => T): T {
    this.openParens.push(open)
    const result = inner()
    const t = this.peek()
    if (t.type === ',') throw this.strayComma(t)
    if (t.type !== ')') throw this.neverClosed()
    this.advance()
    this.openParens.pop()
    return result
  }

  private parseCall(name: Token, fn: FnName): Parsed {
    const open = this.advance() // identifiers.ts guarantees that '(' follows a function name
    const args: Parsed[] = []
    this.nested(open, () =>
      this.inParens(open, () => {
        if (this.peek().type === ')') return
        for (;;) {
          const t = this.peek()
          if (t.type === ',' || t.type === ')') {
            throw new ExprError(`argument ${args.length + 1} of ${fn} is empty: write an expression before '${t.type}'`, t.start, t.end)
          }
          args.push(this.parseSum())
          if (this.peek().type !== ',') return
          this.advance()
        }
      }),
    )
    const spec = FUNCTIONS.get(fn)!
    const close = this.tokens[this.pos - 1]!
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      throw new ExprError(`${arityText(spec)}, got ${args.length}`, name.start, close.end)
    }
    return this.node(call(fn, ...args.map((a) => a.expr)), name, ...args)
  }

  private textOf(t: Token): string {
    return t.type === 'num' ? String(t.value) : t.type === 'name' ? t.name : t.type === 'op' ? t.op : t.type
  }

  private neverClosed(): ExprError {
    const open = this.openParens[this.openParens.length - 1]
    if (open === undefined) return new ExprError('the expression ends too early', this.peek().start, this.peek().end)
    return new ExprError("this '(' is never closed: add a ')'", open.start, open.end)
  }

  private strayComma(t: Token): ExprError {
    return new ExprError("',' can only separate the arguments of a function, e.g. atan2(y, x)", t.start, t.end)
  }

  /** An operand was expected at `t` but `t` cannot start one: say which operator is missing what. */
  private missingOperand(t: Token): ExprError {
    const prev = this.pos > 0 ? this.tokens[this.pos - 1] : undefined
    if (prev?.type === 'op') {
      if (prev.op === '*' && t.type === 'op' && t.op === '*' && t.start === prev.end) {
        return new ExprError("'**' is not an operator: write ^ for a power, e.g. x^2", prev.start, t.end)
      }
      return new ExprError(`'${prev.op}' needs something on its right`, prev.start, prev.end)
    }
    if (t.type === 'eof') return this.neverClosed()
    if (t.type === 'op') {
      const where = prev === undefined ? ' at the start' : ''
      return new ExprError(`'${t.op}'${where} needs something on its left, e.g. 2${t.op}x`, t.start, t.end)
    }
    if (t.type === ',') return this.strayComma(t)
    if (t.type === ')' && prev?.type === '(') {
      return new ExprError('empty parentheses: put an expression inside, e.g. (x + 1)', prev.start, t.end)
    }
    return new ExprError("unexpected ')': there is no '(' for it to close", t.start, t.end)
  }
}

/** Parses the grammar of DESIGN.md. Throws ExprError (message, start, end) for any bad input, and nothing else. */
export function parse(text: string): Expr {
  const tokens = tokenize(text)
  if (tokens.length === 1) throw new ExprError('enter an expression, e.g. sin(x)*cos(y)', 0, text.length)
  return new Parser(tokens).parseAll()
}
