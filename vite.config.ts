import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { coursePlugin } from './scripts/coursePlugin.ts'

/**
 * The production build's Content-Security-Policy (DESIGN.md, Safety): scripts only from our own origin and never
 * 'unsafe-eval' — user text compiles to closures and GLSL, never to JavaScript. 'wasm-unsafe-eval' lets TF.js's wasm
 * backend compile WebAssembly; it does not allow eval. Inline styles stay allowed (KaTeX's output and React style props).
 * The dev server is left without it: its React refresh preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  }
}

export default defineConfig({
  plugins: [react(), coursePlugin(), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  // The landscape lab's TF.js worker is a module worker that loads the wasm backend on demand: ES chunks, not an IIFE.
  worker: { format: 'es' },
  server: { port: 5173 },
})
