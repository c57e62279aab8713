// The memo of simplified forms, shared by simplify.ts and the canonical builders.
//
// The builders (buildProduct, canonicalSum) assemble their output from parts that are already simplified, adding
// only scaffolding: the left-deep chain of * (or + and −), a division, a sign. Every prefix of that chain is itself in
// canonical form (its factors or terms are merged, distinct and in canonical order), so the builders record each
// scaffolding node as its own simplified form. Without that, simplify would re-flatten every prefix of a k-factor
// product to check it, which is O(k²) per product and made deep derivatives cubic.
import type { Expr } from '../ast.ts'
import { metaOf } from '../intern.ts'

/** The simplified form of e if it is known. */
export const knownSimplified = (e: Expr): Expr | undefined => metaOf(e).simplified

/** Records that `form` is the simplified form of e. */
export function recordSimplified(e: Expr, form: Expr): void {
  metaOf(e).simplified = form
}

/** Records that e is a fixed point of simplify; returns e. */
export function settled(e: Expr): Expr {
  metaOf(e).simplified = e
  return e
}
