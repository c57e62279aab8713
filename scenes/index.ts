// THE scene list: the one place a scene's id, chapter, title and section are stated. The navigation and the lazy
// entries are built from it, and nothing else imports a scene, so each scene (and whatever heavy code it needs, such
// as tfjs) lands in its own chunk, loaded on first visit. The module (the scene's behaviour: defineScene in a
// *.scene.tsx file) is named by its path; a unit test checks that every scene file is listed exactly once.
import type { ChapterId, Scene, SceneEntry } from './sceneDefinition.ts'

/** Every scene module, lazily (one chunk each), by path relative to this folder. */
const MODULES = import.meta.glob<{ default: Scene }>('./**/*.scene.tsx')

/** One line of the list: the scene's metadata and the path of its module. */
function scene(id: string, chapter: ChapterId, title: string, section: string, module: string): SceneEntry {
  const load = MODULES[module]
  if (!load) throw new Error(`scene list: '${id}' names the module ${module}, which is not a *.scene.tsx file under scenes/`)
  return { id, chapter, title, section, module, load }
}

export const CHAPTERS: readonly { readonly id: ChapterId; readonly title: string }[] = [
  { id: 1, title: '1 · Single-variable derivatives' },
  { id: 2, title: '2 · Multivariable derivatives' },
  { id: 3, title: '3 · Directional derivatives' },
  { id: 4, title: '4 · Matrix calculus' },
  { id: 'lab', title: 'Lab' },
]

export const SCENES: readonly SceneEntry[] = [
  scene('explore', 'lab', 'Explore f(x, y)', 'Lab: any surface', './lab/explore.scene.tsx'),
  scene('partial-derivatives', 2, 'Partial derivatives', '2.1 Partial derivatives', './02-multivariable/partials.scene.tsx'),
  scene('gradient-field', 2, 'The gradient field', '2.2 The gradient', './02-multivariable/gradientField.scene.tsx'),
  scene('tangent-plane-hessian', 2, 'Tangent plane and Hessian', '2.3 Linear and quadratic approximation', './02-multivariable/tangentPlane.scene.tsx'),
  scene('jacobian', 2, 'Jacobian of a 2D map', '2.4 The Jacobian', './02-multivariable/jacobian.scene.tsx'),
  scene('directional-derivative', 3, 'Directional derivative', '3.1 Directional derivatives and steepest ascent', './03-directional/directional.scene.tsx'),
  scene('gradient-descent', 3, 'Gradient descent', '3.2 Steepest descent', './03-directional/gradientDescent.scene.tsx'),
  scene('descent', 'lab', 'Descent lab', 'Lab: optimizers racing', './lab/descent.scene.tsx'),
  scene('derivative-limit', 1, 'The derivative as a limit', '1.1 Secants, tangents and the limit', './01-single-variable/limitDefinition.scene.tsx'),
  scene('tangent-line', 1, 'The tangent line', '1.2 The derivative as a slope', './01-single-variable/tangent.scene.tsx'),
  scene('derivative-gallery', 1, 'A gallery of derivatives', '1.3 The derivatives of common functions', './01-single-variable/derivativeGallery.scene.tsx'),
  scene('chain-rule', 1, 'The chain rule', '1.4 Rules: chain, product, quotient', './01-single-variable/chainRule.scene.tsx'),
  scene('product-quotient-rule', 1, 'Product and quotient rules', '1.4 Rules: chain, product, quotient', './01-single-variable/productQuotient.scene.tsx'),
  scene('log-exp-ml', 1, 'Log and exp in ML', '1.5 Sigmoid, softplus, cross-entropy, softmax', './01-single-variable/logExpMl.scene.tsx'),
]

export function findScene(id: string): SceneEntry | undefined {
  return SCENES.find((scene) => scene.id === id)
}
