// Hash-consing of AST nodes: one live object per structure, with a hidden per-node slot for memos.
//
// A node's key is its kind/operator/name and the ids of its children, so structurally equal nodes built from the same
// (already interned) children get the same key and hence the same object. Each interned node carries a non-enumerable
// `meta` record (its id, its generation, and the memos of free names, simplified form and derivatives), so a memo
// lookup is a property read: WeakMaps were measured several times slower per node, mostly in the garbage collector.
// Non-enumerable, so an AST still compares and prints as a plain { kind, … } object.
//
// The table holds its nodes strongly and is bounded: when it reaches TABLE_LIMIT entries it starts afresh, as a new
// *generation*. A node is *canonical* when it and all its descendants were interned in the current generation; two
// canonical nodes are structurally equal exactly when they are the same object. Older nodes (and nodes built by hand,
// e.g. object literals in a test, or ASTs that went through structuredClone) stay valid everywhere: their memos live in
// a WeakMap, and `equals` compares them by a walk.
import type { Expr } from './ast.ts'

/** Entries before the table starts a new generation (some tens of MB of nodes, keys and memos at most). */
export const TABLE_LIMIT = 200_000

/** Per-node memos. Fields other than id and generation are filled by their owners on first use. */
export interface NodeMeta {
  readonly id: number
  readonly generation: number
  free?: ReadonlySet<string>
  simplified?: Expr
  derivatives?: Map<string, unknown>
}

const META = Symbol('expr-meta')
const foreignMeta = new WeakMap<object, NodeMeta>()
let nextId = 1
let table = new Map<string, Expr>()
let generation = 1
let created = 0

/** The memo record of a node (created on first use for a node that was not interned). */
export function metaOf(e: Expr): NodeMeta {
  const own = (e as { [META]?: NodeMeta })[META]
  if (own !== undefined) return own
  let meta = foreignMeta.get(e)
  if (meta === undefined) {
    meta = { id: nextId++, generation: 0 }
    foreignMeta.set(e, meta)
  }
  return meta
}

/** The live node for (tag, children), built with `make` (and frozen) when there is none yet. */
export function intern(tag: string, children: readonly Expr[], make: () => Expr): Expr {
  let key = tag
  let allCanonical = true
  for (const c of children) {
    const m = metaOf(c)
    key += ':' + m.id
    if (m.generation !== generation) allCanonical = false
  }
  const hit = table.get(key)
  if (hit !== undefined) return hit
  if (table.size >= TABLE_LIMIT) {
    table = new Map()
    generation++
    allCanonical = false
  }
  const node = make()
  const meta: NodeMeta = { id: nextId++, generation: allCanonical ? generation : 0 }
  Object.defineProperty(node, META, { value: meta, enumerable: false })
  Object.freeze(node)
  created++
  table.set(key, node)
  return node
}

/** True for a node that came (with all its descendants) through the table in its current generation. */
export const isCanonical = (e: Expr): boolean => metaOf(e).generation === generation

/** A number that identifies a node object (and, for canonical nodes, its structure) for as long as it lives. */
export const nodeId = (e: Expr): number => metaOf(e).id

/** How many nodes have been created so far (a measure of work, for budgets: see budget.ts). */
export const createdNodes = (): number => created
