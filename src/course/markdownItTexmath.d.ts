// markdown-it-texmath ships no types; this is the part of its API the course renderer uses.
declare module 'markdown-it-texmath' {
  import type MarkdownIt from 'markdown-it'
  const texmath: MarkdownIt.PluginWithOptions<{
    engine: { renderToString(tex: string, options: import('katex').KatexOptions): string }
    delimiters?: string | string[]
    katexOptions?: import('katex').KatexOptions
  }>
  export default texmath
}
