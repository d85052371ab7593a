/** Saves a Blob under a name, as a download link the browser follows. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), {href: url, download: name});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Opens a PDF in a new tab for the browser's print dialog and returns its object URL, which the page
 * keeps as a link: a browser that blocks the tab (it was not opened straight from a click) still has it.
 * The caller revokes the URL when the link goes.
 */
export function openBlob(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  return url;
}
