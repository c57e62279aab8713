// The scene list (scenes/index.ts) repeats each scene's id, chapter, title and section so that the navigation can be
// drawn without loading the scene. The two copies must agree: the heading comes from the module, the menu from the list.
import { describe, expect, it } from 'vitest'
import { SCENES } from '../../scenes/index.ts'

describe('scene list', () => {
  it('each entry says what its module says (id, chapter, title, section), and ids are unique', async () => {
    expect(new Set(SCENES.map((s) => s.id)).size).toBe(SCENES.length)
    for (const entry of SCENES) {
      const { default: definition } = await entry.load()
      const listed = { id: entry.id, chapter: entry.chapter, title: entry.title, section: entry.section }
      const declared = { id: definition.id, chapter: definition.chapter, title: definition.title, section: definition.section }
      expect(declared, entry.id).toEqual(listed)
    }
  })
})
