// Chapter 4's flat pictures (heat maps, the decision plane) are seen straight down, as the Jacobian scene's panels.
import type { CameraPose } from '../../src/state/cameraPose.ts'

/** Straight down (a hair off the vertical: lookAt with z up needs a direction not along z). */
export const FLAT_CAMERA: CameraPose = { position: [0, -0.001, 3.1], target: [0, 0, 0] }
