// Locates a real Chromium for the browser tests and benches. Browser tests must never skip silently:
// when none is found we throw with instructions instead of letting vitest fall back to nothing.
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to '${fromEnv}', but no file is there.`)
    return fromEnv
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests (looked at ' + CANDIDATES.join(', ') + ').\n' +
        'Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chrome/Chromium binary.',
    )
  }
  return found
}

// Flags from shared/BROWSER.md: no sandbox as root, no background networking on the closed network,
// and WebGL2 through ANGLE on SwiftShader (no GPU on CI).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]
