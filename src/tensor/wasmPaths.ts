// Where the TF.js wasm backend's binaries are served in a vite build (browser only): each `.wasm` is emitted as an
// asset of our own origin (the CSP's connect-src 'self'; compiled under 'wasm-unsafe-eval'). The backend picks the
// SIMD build where the browser has SIMD; the threaded one needs cross-origin isolation, which we do not enable
// (BROWSER.md: COOP/COEP break threaded wasm in a minified build), so it is listed only for completeness.
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'

export const WASM_PATHS = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
}
