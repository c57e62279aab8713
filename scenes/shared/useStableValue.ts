// Keeps one object while a freshly derived value is structurally equal to it: the racers' specs and the swarm's
// configuration are rebuilt from some eighty settings on every render, and the race must restart only when one of
// THEIR settings changes (not when the speed slider moves). The comparison is structural over plain data (objects,
// arrays, numbers, strings, booleans), not a JSON string.
import { useState } from 'react'

export function useStableValue<T>(value: T): T {
  const [kept, setKept] = useState(value)
  if (kept === value || structurallyEqual(kept, value)) return kept
  // React's "adjust state while rendering" pattern: this render returns the new value, the next one keeps it.
  setKept(value)
  return value
}

export function structurallyEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const entriesA = Object.entries(a)
  const entriesB = new Map(Object.entries(b))
  if (entriesA.length !== entriesB.size) return false
  return entriesA.every(([k, v]) => entriesB.has(k) && structurallyEqual(v, entriesB.get(k)))
}
