// What the browser tests and the browser benches share: the real Chromium provider, a temp folder inside test-output,
// and the dependencies Vite must pre-bundle up front.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { playwright } from '@vitest/browser-playwright'
import { findChromium, CHROMIUM_ARGS } from './findChromium.ts'

/** Keeps Chromium's and Playwright's temp folders inside the project's test output (shared/BROWSER.md). */
export function useProjectTmpdir(): void {
  const out = resolve('test-output/tmp')
  mkdirSync(out, { recursive: true })
  process.env.TMPDIR = out
}

export function chromiumInstance(viewport: { width: number; height: number }) {
  return {
    enabled: true,
    headless: true,
    viewport,
    instances: [{ browser: 'chromium' as const }],
    // The outer page is as large as the largest size a test sets (tests/browser/layout.test.tsx goes up to 1920×1080),
    // so vitest never scales the test iframe down and screenshots keep the size the page was laid out at.
    provider: playwright({
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      contextOptions: { viewport: { width: 1920, height: 1080 } },
    }),
  }
}

// Pre-bundle every dependency the browser code imports. Without this, Vite discovers some of them mid-run on a fresh
// clone, re-optimizes, and the page ends up with two copies of React ("Cannot read properties of null (reading
// 'useMemo')"): a failure that only a clean CI checkout shows.
export const BROWSER_OPTIMIZE_DEPS = {
  include: [
    'react',
    'react/jsx-runtime',
    'react/jsx-dev-runtime',
    'react-dom',
    'react-dom/client',
    'three',
    'three/examples/jsm/controls/OrbitControls.js',
    'three/examples/jsm/lines/Line2.js',
    'three/examples/jsm/lines/LineMaterial.js',
    'three/examples/jsm/lines/LineGeometry.js',
    'three/examples/jsm/lines/LineSegments2.js',
    'three/examples/jsm/lines/LineSegmentsGeometry.js',
    '@react-three/fiber',
    'lil-gui',
    'katex',
    'fast-check',
    '@tensorflow/tfjs',
    'axe-core',
    'mediabunny',
  ],
}
