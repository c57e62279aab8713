// Lab · Loss landscape: small real models trained in the browser with the lab's optimizers, and the loss surface
// around the trained weights θ* (Li et al. 2018), computed batched with TF.js (webgl, or wasm / cpu) and drawn by the
// one GPU surface from a height texture; the optimizers' paths projected onto the plane, curvature at θ*, and the
// model's own picture. Every setting is in the link.
import { defineScene } from '../sceneDefinition.ts'
import { LANDSCAPE_CAMERA, landscapeParams, landscapeRules } from './landscape/landscapeSchema.ts'
import { useLandscapeModel } from './landscape/useLandscapeModel.ts'
import { LandscapeView } from './landscape/LandscapeView.tsx'
import { LandscapeActions, LandscapePanel } from './landscape/LandscapePanel.tsx'

export default defineScene({
  params: landscapeParams,
  rules: landscapeRules,
  camera: LANDSCAPE_CAMERA,
  functions: [],
  domain: { x: 'ar', y: 'br' },
  useModel: useLandscapeModel,
  View: LandscapeView,
  Panel: LandscapePanel,
  Actions: LandscapeActions,
  howTo:
    'Pick a data set, a model and the optimizers to compare; the surface is the loss around the trained weights θ* on the ' +
    'plane of the paths (PCA) or two random directions. Drag to orbit; the panel shows progress, curvature and what the model learned.',
  // The settings are many; the panel shows what matters (progress, results, curvature, charts).
  readoutKeys: [],
  colouredByHeight: () => true,
})
