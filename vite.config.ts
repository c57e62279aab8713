import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  // .glsl chunks are imported with ?raw; nothing else special is needed.
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
})
