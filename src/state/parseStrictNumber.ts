// Numbers coming from a URL. Number() alone accepts '', ' ', '0x10', '1e999' (Infinity) and 'Infinity';
// a shared link with any of those is a mistake we want to name, not silently turn into 0 or ∞.

/** A decimal number as people write it (`2`, `-0.5`, `1e-3`, `.5`, `3.`), finite; anything else is null. */
export function parseStrictNumber(text: string): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}
