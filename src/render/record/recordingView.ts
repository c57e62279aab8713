// What the recorder needs from the live 3D view, published by the Viewport: its R3F root state (renderer, scene,
// camera, controls), and the size the view must render at while a recording or a still is being made. The shell
// shows one scene, so one slot is enough; a storyboard that switches scenes finds the new view here.
import type { RootState } from '@react-three/fiber'
import { createStore, type Store } from '../../state/store.ts'

export interface PixelSize {
  readonly width: number
  readonly height: number
}

export interface ViewHandle {
  /** The current R3F root state (read it per frame: the camera or controls may have been replaced). */
  getState(): RootState
}

export const viewHandle: Store<ViewHandle | null> = createStore<ViewHandle | null>(null)

/** While set, the view renders at exactly this many pixels (device pixel ratio 1), whatever the window's size. */
export const recordingSize: Store<PixelSize | null> = createStore<PixelSize | null>(null)
