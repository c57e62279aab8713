// The scene list (scenes/index.ts) is the one place a scene's id, chapter, title and section are written; the modules
// hold only behaviour. What can still go wrong is checked here: a scene file nobody listed (it would never be
// reachable), a file listed twice, an id that would break a link, and a module whose keys do not name parameters of
// the kind the shell expects.
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHAPTERS, SCENES } from '../../../scenes/index.ts'

const SCENES_DIR = join(import.meta.dirname, '../../../scenes')

function sceneFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sceneFiles(path)
    return entry.name.endsWith('.scene.tsx') ? [`./${relative(SCENES_DIR, path).split('\\').join('/')}`] : []
  })
}

describe('the scene list', () => {
  it('lists every *.scene.tsx file under scenes/ exactly once', () => {
    const listed = SCENES.map((s) => s.module).sort()
    expect(listed).toEqual(sceneFiles(SCENES_DIR).sort())
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('ids are unique and fit in a link as they are; chapters are known', () => {
    expect(new Set(SCENES.map((s) => s.id)).size).toBe(SCENES.length)
    for (const s of SCENES) {
      expect(s.id, s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(CHAPTERS.map((c) => c.id), s.id).toContain(s.chapter)
      expect(s.title.length, s.id).toBeGreaterThan(0)
      expect(s.section.length, s.id).toBeGreaterThan(0)
    }
  })

  it("each module is a defined scene whose functions, domain and z-range keys name parameters of the right kind", async () => {
    for (const entry of SCENES) {
      const { default: scene } = await entry.load()
      const kindOf = (key: string | undefined) => (key === undefined ? undefined : scene.schema.params[key]?.kind)
      expect(typeof scene.useParts, entry.id).toBe('function')
      for (const key of scene.functions) expect(kindOf(key), `${entry.id}: function ${key}`).toBe('expression')
      expect(kindOf(scene.domain.x), `${entry.id}: domain x`).toBe('interval')
      if (scene.domain.y !== undefined) expect(kindOf(scene.domain.y), `${entry.id}: domain y`).toBe('interval')
      if (scene.zRange) {
        expect(kindOf(scene.zRange.auto), `${entry.id}: z auto`).toBe('boolean')
        expect(kindOf(scene.zRange.fixed), `${entry.id}: z fixed`).toBe('interval')
      }
    }
  }, 60_000)
})
