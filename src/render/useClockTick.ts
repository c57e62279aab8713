// React's handle on the animation clock: `onTick` runs on every tick while it is given (pass null to stop). The
// latest callback is used without resubscribing, so a component may pass a fresh closure on every render.
import { useEffect, useRef } from 'react'
import { animationClock, type TickListener } from './animationClock.ts'

export function useClockTick(onTick: TickListener | null): void {
  const latest = useRef(onTick)
  latest.current = onTick
  const active = onTick !== null
  useEffect(() => {
    if (!active) return
    return animationClock.subscribe((dt, t) => latest.current?.(dt, t))
  }, [active])
}
