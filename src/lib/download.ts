/** Offers text as a file download (CSV, Markdown, iCalendar…), without a server round trip. */
export function downloadText(name: string, text: string, type: string): void {
  // A data: URL where object URLs do not exist (the test DOM); a blob: URL elsewhere.
  const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(new Blob([text], { type })) : `data:${type},${encodeURIComponent(text)}`;
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL well after click() returns.
  if (url.startsWith('blob:')) window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
