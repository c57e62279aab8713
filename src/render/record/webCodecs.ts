// Whether this browser can record video (WebCodecs), checked without loading the recorder.
export function webCodecsProblem(): string | null {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') {
    return 'this browser has no WebCodecs (VideoEncoder), so it cannot record video here; use a recent Chrome, Edge or Firefox, or `npm run record`'
  }
  return null
}
