// Whether this browser can record video (WebCodecs), checked without loading the recorder.
export function webCodecsProblem(): string | null {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') {
    return 'this browser has no WebCodecs (VideoEncoder), so it cannot record video here; use a recent Chrome, Edge or Firefox, or `npm run record`'
  }
  return null
}

/** Saves `blob` as `name` through a temporary link; returns the object URL (kept for a "download again" link). */
export function downloadBlob(blob: Blob, name: string): string {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  return url
}
