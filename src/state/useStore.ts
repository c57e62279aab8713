// React's view of a Store: re-renders when the selected slice changes (select must return a stable value
// for an unchanged store, e.g. a field of the state, never a freshly built object).
import { useSyncExternalStore } from 'react'
import type { Store } from './store.ts'

export function useStore<T, S = T>(store: Store<T>, select: (value: T) => S = (v) => v as unknown as S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()))
}
