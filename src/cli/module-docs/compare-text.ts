/** Orders by UTF-16 code units, never by locale, so generated pages are the same on every machine. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
