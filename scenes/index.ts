// THE scene list: one lazy entry per scene. The navigation is built from it and nothing else imports a scene,
// so each scene (and whatever heavy code it needs, such as tfjs) lands in its own chunk, loaded on first visit.
import type { ChapterId, SceneEntry } from './sceneDefinition.ts'

export const CHAPTERS: readonly { readonly id: ChapterId; readonly title: string }[] = [
  { id: 1, title: '1 · Single-variable derivatives' },
  { id: 2, title: '2 · Multivariable derivatives' },
  { id: 3, title: '3 · Directional derivatives' },
  { id: 4, title: '4 · Matrix calculus' },
  { id: 'lab', title: 'Lab' },
]

export const SCENES: readonly SceneEntry[] = [
  {
    id: 'explore',
    chapter: 'lab',
    title: 'Explore f(x, y)',
    section: 'Lab: any surface',
    load: () => import('./lab/explore.scene.tsx'),
  },
  {
    id: 'partial-derivatives',
    chapter: 2,
    title: 'Partial derivatives',
    section: '2.1 Partial derivatives',
    load: () => import('./02-multivariable/partials.scene.tsx'),
  },
  {
    id: 'gradient-field',
    chapter: 2,
    title: 'The gradient field',
    section: '2.2 The gradient',
    load: () => import('./02-multivariable/gradientField.scene.tsx'),
  },
  {
    id: 'tangent-plane-hessian',
    chapter: 2,
    title: 'Tangent plane and Hessian',
    section: '2.4 The Hessian',
    load: () => import('./02-multivariable/tangentPlane.scene.tsx'),
  },
  {
    id: 'jacobian',
    chapter: 2,
    title: 'Jacobian of a 2D map',
    section: '2.3 The Jacobian',
    load: () => import('./02-multivariable/jacobian.scene.tsx'),
  },
  {
    id: 'directional-derivative',
    chapter: 3,
    title: 'Directional derivative',
    section: '3.1–3.4 Directional derivatives, steepest ascent, level curves',
    load: () => import('./03-directional/directional.scene.tsx'),
  },
  {
    id: 'gradient-descent',
    chapter: 3,
    title: 'Gradient descent',
    section: '3.5 Applications in optimization',
    load: () => import('./03-directional/gradientDescent.scene.tsx'),
  },
  {
    id: 'descent',
    chapter: 'lab',
    title: 'Descent lab',
    section: 'Lab: optimizers racing',
    load: () => import('./lab/descent.scene.tsx'),
  },
  {
    id: 'derivative-limit',
    chapter: 1,
    title: 'The derivative as a limit',
    section: '1.1 The derivative as a limit',
    load: () => import('./01-single-variable/limitDefinition.scene.tsx'),
  },
  {
    id: 'tangent-line',
    chapter: 1,
    title: 'The tangent line',
    section: '1.2 Tangent lines and linear approximation',
    load: () => import('./01-single-variable/tangent.scene.tsx'),
  },
  {
    id: 'derivative-gallery',
    chapter: 1,
    title: 'A gallery of derivatives',
    section: '1.3 The derivatives of common functions',
    load: () => import('./01-single-variable/derivativeGallery.scene.tsx'),
  },
  {
    id: 'chain-rule',
    chapter: 1,
    title: 'The chain rule',
    section: '1.4 The chain rule',
    load: () => import('./01-single-variable/chainRule.scene.tsx'),
  },
  {
    id: 'product-quotient-rule',
    chapter: 1,
    title: 'Product and quotient rules',
    section: '1.5 Product and quotient rules',
    load: () => import('./01-single-variable/productQuotient.scene.tsx'),
  },
  {
    id: 'log-exp-ml',
    chapter: 1,
    title: 'Log and exp in ML',
    section: '1.6 Why log and exp are special in ML',
    load: () => import('./01-single-variable/logExpMl.scene.tsx'),
  },
]

export function findScene(id: string): SceneEntry | undefined {
  return SCENES.find((scene) => scene.id === id)
}
