// Entry point. Only the shell is in the initial chunk; scenes (and tfjs, which only scenes import) load lazily.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'

// Opened by `npm run record` (which sets the flag before any script runs): expose the recorder to the script. Loaded
// only then, so a normal visit does not fetch it.
if (window.__workbenchManualClock === true) void import('./recorderApi.ts').then((m) => m.installHeadlessRecorder())

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
