// A tiny #include resolver for the shader chunks in shaders/: `#include "name.glsl"` on its own line is replaced by
// that chunk, recursively. Each chunk is included at most once per shader (like #pragma once), so chunks can state
// their own dependencies without defining anything twice.
//
// The quoted form is deliberate: three.js resolves `#include <name>` from its own ShaderChunk library, and the two
// must never be confused. Everything is expanded here, before three.js sees the source.

const INCLUDE_LINE = /^[ \t]*#include[ \t]+"([^"]+)"[ \t]*(?:\/\/.*)?$/gm

export type ShaderChunks = Readonly<Record<string, string>>

export function resolveIncludes(source: string, chunks: ShaderChunks): string {
  const included = new Set<string>()
  const expand = (text: string, stack: readonly string[]): string =>
    text.replace(INCLUDE_LINE, (_line, name: string) => {
      if (stack.includes(name)) {
        throw new Error(`Shader chunk include cycle: ${[...stack, name].join(' → ')}. Remove one of these #include lines.`)
      }
      const chunk = chunks[name]
      if (chunk === undefined) {
        const known = Object.keys(chunks).sort().join(', ')
        throw new Error(`Shader chunk "${name}" not found (included from ${stack.at(-1) ?? 'the entry shader'}). Known chunks: ${known}.`)
      }
      if (included.has(name)) return `// (${name} already included)`
      included.add(name)
      return `// ---- begin ${name}\n${expand(chunk, [...stack, name])}\n// ---- end ${name}`
    })
  return expand(source, [])
}
