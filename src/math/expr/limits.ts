// Bounds that keep every recursive walker of the AST safe from hostile or accidental input.
//
// The parser is recursive descent, so its own stack grows with nesting of parentheses, unary signs and `^`;
// MAX_DEPTH bounds that. A flat chain such as a+a+a+… never nests in the text, yet it parses to a left-deep tree
// whose depth equals its length, and every emitter (toText, compile, differentiate, equals…) recurses over that
// tree. MAX_AST_DEPTH bounds the depth of what parse returns, so those walkers never overflow the stack.

/** Most levels of parentheses, unary signs and `^` the parser follows before giving up. */
export const MAX_DEPTH = 200

/** Deepest tree parse may return (a chain of n binary operators is n levels deep). */
export const MAX_AST_DEPTH = 1000

export function tooDeepMessage(limit: number): string {
  return `expression is nested too deeply (more than ${limit} levels)`
}
