// The browser's download of a finished recording: a temporary link clicked once.

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
