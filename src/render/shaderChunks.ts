// The chunks of shaders/ as data, keyed by file name ("colormap.glsl", …). Vite inlines them at build time (?raw),
// so no shader is fetched at run time. shaders/expr-functions.glsl (the cw_ helpers the generated GLSL calls) is one of them.
const files = import.meta.glob('../../shaders/*.glsl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

export const SHADER_CHUNKS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(files).map(([path, source]) => [path.slice(path.lastIndexOf('/') + 1), source])),
)

/** The source of one chunk; throws naming the known chunks when it is missing. */
export function shaderChunk(name: string): string {
  const source = SHADER_CHUNKS[name]
  if (source === undefined) {
    throw new Error(`No shader chunk "${name}" in shaders/ (known: ${Object.keys(SHADER_CHUNKS).sort().join(', ')}).`)
  }
  return source
}
