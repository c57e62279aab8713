// The current location.hash as a store. Back/Forward fire popstate (and hashchange when the hash differs), nav links
// fire hashchange; both land here, deduplicated because the store ignores an unchanged string.
// Listening is separate from creating so that an effect can own it: React's StrictMode (development) runs an effect's
// cleanup and then the effect again, and the listeners must be back after that cycle.
import { createStore, type Store } from '../state/store.ts'

export interface RouteStore {
  readonly hash: Store<string>
  /** Follows the address bar from now on (catching up with any change made meanwhile); returns the function that stops it. */
  listen(): () => void
}

export function createRouteStore(): RouteStore {
  const hash = createStore(location.hash)
  const read = () => hash.set(location.hash)
  return {
    hash,
    listen() {
      window.addEventListener('popstate', read)
      window.addEventListener('hashchange', read)
      read()
      return () => {
        window.removeEventListener('popstate', read)
        window.removeEventListener('hashchange', read)
      }
    },
  }
}
