/**
 * Saves a Blob as a file through the browser's download (a temporary object URL on an
 * `<a download>`), so nothing is sent to any server.
 */

/** Starts the download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Kept a while: a busy browser may read the file after this task (revoked at once, a download
  // now and then never finished); then let go, so the memory is freed.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
