// disposeObjectTree must free every kind of drawing the app rebuilds: meshes, lines (plain, segments, loops), point
// clouds and sprites with their texture. Each dispose() fires a 'dispose' event, which is counted here.
import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { disposeObjectTree } from '../../../src/render/disposeObjectTree.ts'

function counted<T extends THREE.EventDispatcher<{ dispose: object }>>(thing: T, log: string[], name: string): T {
  thing.addEventListener('dispose', () => log.push(name))
  return thing
}

describe('disposeObjectTree', () => {
  it('frees geometry, material and texture of meshes, lines, loops, segments, points and sprites, nested', () => {
    const log: string[] = []
    const root = new THREE.Group()
    const inner = new THREE.Group()
    root.add(inner)
    const geometry = (name: string) => counted(new THREE.BufferGeometry(), log, `${name}.geometry`)
    root.add(new THREE.Mesh(geometry('mesh'), counted(new THREE.MeshBasicMaterial(), log, 'mesh.material')))
    inner.add(new THREE.Line(geometry('line'), counted(new THREE.LineBasicMaterial(), log, 'line.material')))
    inner.add(new THREE.LineLoop(geometry('loop'), counted(new THREE.LineBasicMaterial(), log, 'loop.material')))
    inner.add(new THREE.LineSegments(geometry('segments'), counted(new THREE.LineBasicMaterial(), log, 'segments.material')))
    inner.add(new THREE.Points(geometry('points'), counted(new THREE.PointsMaterial(), log, 'points.material')))
    const texture = counted(new THREE.Texture(), log, 'sprite.texture')
    const sprite = new THREE.Sprite(counted(new THREE.SpriteMaterial({ map: texture }), log, 'sprite.material'))
    // The quad geometry is one object shared by every sprite in three.js: it must stay.
    counted(sprite.geometry, log, 'shared sprite quad')
    root.add(sprite)
    const multi = new THREE.Mesh(geometry('multi'), [
      counted(new THREE.MeshBasicMaterial(), log, 'multi.material0'),
      counted(new THREE.MeshBasicMaterial(), log, 'multi.material1'),
    ])
    root.add(multi)

    disposeObjectTree(root)
    expect(log.sort()).toEqual(
      [
        'mesh.geometry', 'mesh.material', 'line.geometry', 'line.material', 'loop.geometry', 'loop.material',
        'segments.geometry', 'segments.material', 'points.geometry', 'points.material', 'sprite.material', 'sprite.texture',
        'multi.geometry', 'multi.material0', 'multi.material1',
      ].sort(),
    )
  })
})
