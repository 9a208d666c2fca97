/**
 * Saves a Blob as a file through a temporary link: works offline and needs no permission prompt.
 * @example downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), '情景结果.csv')
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later task: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file name from a user's scenario name: characters that Windows, macOS or Linux refuse are
 * replaced, Chinese is kept.
 * @example safeFileName('保守/乐观: 2017') // '保守_乐观_ 2017'
 */
export function safeFileName(name: string, fallback = 'scenario'): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return cleaned || fallback;
}
