// The hash route: `#/<scene-id>?<query>`. The hash (not the path) carries the state so that the app works from any
// static host and a link opens the same view without a server.

export interface Route {
  /** '' when the hash names no scene (the app then opens the first one). */
  readonly sceneId: string
  readonly query: string
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#/, '').replace(/^\//, '')
  const q = body.indexOf('?')
  const path = q < 0 ? body : body.slice(0, q)
  return { sceneId: path.replace(/\/+$/, ''), query: q < 0 ? '' : body.slice(q + 1) }
}

export function formatHash(route: Route): string {
  return `#/${route.sceneId}${route.query ? `?${route.query}` : ''}`
}
