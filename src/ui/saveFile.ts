/**
 * Saves a file the page made (a table as CSV, a chart as an image, the dataset as a zip) through a
 * temporary object URL; nothing leaves the page. Its own small module: a view that offers a download
 * need not load the image export's code with it.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Once the browser has started the download from it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
