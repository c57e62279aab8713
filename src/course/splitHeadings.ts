// Splits markdown at its level-2 headings ("## …"), ignoring lines inside ``` fences, so that each section (or each
// exercise) is rendered and addressed on its own. Returns the text before the first heading and the parts.

export interface HeadingPart {
  readonly heading: string
  readonly body: string
}

export function splitHeadings(markdown: string): { preamble: string; parts: HeadingPart[] } {
  const parts: { heading: string; lines: string[] }[] = []
  const preamble: string[] = []
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence
    if (!inFence && line.startsWith('## ')) {
      parts.push({ heading: line.slice(3).trim(), lines: [] })
      continue
    }
    ;(parts.length === 0 ? preamble : parts[parts.length - 1]!.lines).push(line)
  }
  if (inFence) throw new Error('a ``` fence is never closed')
  return { preamble: preamble.join('\n'), parts: parts.map((p) => ({ heading: p.heading, body: p.lines.join('\n') })) }
}
