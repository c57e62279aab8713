import { describe, expect, it } from 'vitest'
import { formatHash, parseHash } from '../../../src/state/route.ts'
import { createStore } from '../../../src/state/store.ts'

describe('hash routes', () => {
  it.each([
    ['#/explore?f=x&res=64', { sceneId: 'explore', query: 'f=x&res=64' }],
    ['#/explore', { sceneId: 'explore', query: '' }],
    ['#explore/', { sceneId: 'explore', query: '' }],
    ['', { sceneId: '', query: '' }],
    ['#/', { sceneId: '', query: '' }],
    ['#/?a=1', { sceneId: '', query: 'a=1' }],
    ['#/x?f=a?b', { sceneId: 'x', query: 'f=a?b' }],
  ])('parses %s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route)
  })

  it('formats what it parses', () => {
    expect(formatHash({ sceneId: 'explore', query: 'f=x' })).toBe('#/explore?f=x')
    expect(formatHash({ sceneId: 'explore', query: '' })).toBe('#/explore')
    expect(parseHash(formatHash({ sceneId: 'saddle-2', query: 'a=1&b=2' }))).toEqual({ sceneId: 'saddle-2', query: 'a=1&b=2' })
  })
})

describe('createStore', () => {
  it('notifies subscribers on change only, and stops after unsubscribe', () => {
    const store = createStore({ n: 1 })
    const seen: number[] = []
    const unsubscribe = store.subscribe(() => seen.push(store.get().n))
    store.set({ n: 2 })
    store.set((s) => ({ n: s.n + 10 }))
    const same = store.get()
    store.set(same)
    unsubscribe()
    store.set({ n: 99 })
    expect(seen).toEqual([2, 12])
    expect(store.get()).toEqual({ n: 99 })
  })
})
