// The learner's progress through the course, kept in localStorage: sections read and exercises solved. Stored as
// one small JSON record; anything unreadable (another version, a hand edit, storage disabled) starts afresh rather
// than breaking the page.
import { createStore, type Store } from '../../state/store.ts'

export interface Progress {
  /** Section ids ("1.3") seen on screen. */
  readonly read: readonly string[]
  /** Exercise ids ("1.3") whose typed answers were all checked correct (or, for coding exercises, marked done). */
  readonly solved: readonly string[]
}

export const PROGRESS_KEY = 'calculus-workbench.course-progress.v1'
const EMPTY: Progress = { read: [], solved: [] }

export function readProgress(storage: Pick<Storage, 'getItem'> | undefined): Progress {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? 'null')
    if (typeof parsed !== 'object' || parsed === null) return EMPTY
    const { read, solved } = parsed as Record<string, unknown>
    const ids = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && /^\d+\.\d+$/.test(s)) : [])
    return { read: ids(read), solved: ids(solved) }
  } catch {
    return EMPTY
  }
}

export interface ProgressStore {
  readonly progress: Store<Progress>
  markRead(sectionId: string): void
  markSolved(exerciseId: string): void
  reset(): void
}

export function createProgressStore(storage: Storage | undefined = safeLocalStorage()): ProgressStore {
  const progress = createStore(readProgress(storage))
  const save = (next: Progress) => {
    progress.set(next)
    try {
      storage?.setItem(PROGRESS_KEY, JSON.stringify(next))
    } catch {
      // Storage full or disabled: progress still works for this visit.
    }
  }
  const add = (list: readonly string[], id: string) => (list.includes(id) ? list : [...list, id].sort(compareIds))
  return {
    progress,
    markRead: (id) => {
      const p = progress.get()
      if (!p.read.includes(id)) save({ ...p, read: add(p.read, id) })
    },
    markSolved: (id) => {
      const p = progress.get()
      if (!p.solved.includes(id)) save({ ...p, solved: add(p.solved, id) })
    },
    reset: () => save(EMPTY),
  }
}

/** "1.10" after "1.9": ids compare as numbers, part by part. */
export function compareIds(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number)
  const [b1, b2] = b.split('.').map(Number)
  return a1! - b1! || a2! - b2!
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}
