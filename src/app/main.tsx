// Entry point. Only the shell is in the initial chunk; scenes (and tfjs, which only scenes import) load lazily.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
