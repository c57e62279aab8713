// The current location.hash as a store. Back/Forward fire popstate (and hashchange when the hash differs), nav links
// fire hashchange; both land here, deduplicated because the store ignores an unchanged string.
import { createStore, type Store } from '../state/store.ts'

export function createRouteStore(): { hash: Store<string>; dispose: () => void } {
  const hash = createStore(location.hash)
  const read = () => hash.set(location.hash)
  window.addEventListener('popstate', read)
  window.addEventListener('hashchange', read)
  return {
    hash,
    dispose: () => {
      window.removeEventListener('popstate', read)
      window.removeEventListener('hashchange', read)
    },
  }
}
