import { describe, expect, it } from 'vitest'
import { courseOrder, neighboursOf } from '../../../src/app/courseOrder.ts'
import { CHAPTERS, SCENES } from '../../../scenes/index.ts'
import type { SceneEntry } from '../../../scenes/sceneDefinition.ts'

const entry = (id: string, chapter: SceneEntry['chapter']): SceneEntry => ({ id, chapter, title: id, section: id, module: `./${id}.scene.tsx`, load: async () => { throw new Error('not loaded in this test') } })

describe('course order', () => {
  it('walks chapters in menu order and scenes in list order, the Lab last', () => {
    const chapters = [{ id: 1 as const }, { id: 2 as const }, { id: 'lab' as const }]
    const scenes = [entry('lab-a', 'lab'), entry('two-a', 2), entry('one-a', 1), entry('two-b', 2), entry('one-b', 1)]
    expect(courseOrder(chapters, scenes).map((s) => s.id)).toEqual(['one-a', 'one-b', 'two-a', 'two-b', 'lab-a'])
  })

  it('gives the neighbours, null at both ends and for an unknown id', () => {
    const order = [entry('a', 1), entry('b', 1), entry('c', 2)]
    expect(neighboursOf(order, 'b')).toEqual({ previous: order[0], next: order[2] })
    expect(neighboursOf(order, 'a').previous).toBeNull()
    expect(neighboursOf(order, 'c').next).toBeNull()
    expect(neighboursOf(order, 'zzz')).toEqual({ previous: null, next: null })
  })

  it('the real course starts with chapter 1 and lists every scene once', () => {
    const order = courseOrder(CHAPTERS, SCENES)
    expect(order[0]!.chapter).toBe(1)
    expect(new Set(order.map((s) => s.id)).size).toBe(SCENES.length)
    expect(order.length).toBe(SCENES.length)
  })
})
