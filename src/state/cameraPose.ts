// The camera as data: where it sits and what it looks at. It travels in the URL as six numbers
// (`cam=px,py,pz,tx,ty,tz`) so that a shared link opens on the same view, not only the same surface.
import { parseStrictNumber } from './parseStrictNumber.ts'

export interface CameraPose {
  readonly position: readonly [number, number, number]
  readonly target: readonly [number, number, number]
}

/** Coordinates beyond this are not a view of a plot but a typo (or an attack on the renderer's far plane). */
const LIMIT = 1e4

export function encodeCameraPose(pose: CameraPose): string {
  return [...pose.position, ...pose.target].map((v) => String(v)).join(',')
}

/** Reads six finite numbers within ±1e4, with a position distinct from the target, or says what is wrong. */
export function decodeCameraPose(text: string): { pose: CameraPose } | { problem: string } {
  const parts = text.split(',')
  if (parts.length !== 6) return { problem: `expected 6 comma-separated numbers (position x,y,z then target x,y,z), got ${parts.length}` }
  const values: number[] = []
  for (const part of parts) {
    const value = parseStrictNumber(part)
    if (value === null) return { problem: `'${part}' is not a number` }
    if (Math.abs(value) > LIMIT) return { problem: `${value} is outside [-${LIMIT}, ${LIMIT}]` }
    values.push(value)
  }
  const [px, py, pz, tx, ty, tz] = values as [number, number, number, number, number, number]
  if (px === tx && py === ty && pz === tz) return { problem: 'the camera position equals its target, so it has no direction' }
  return { pose: { position: [px, py, pz], target: [tx, ty, tz] } }
}

export function cameraPosesEqual(a: CameraPose | null, b: CameraPose | null): boolean {
  if (a === null || b === null) return a === b
  return a.position.every((v, i) => v === b.position[i]) && a.target.every((v, i) => v === b.target[i])
}
