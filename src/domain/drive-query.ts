/**
 * The `q` of Drive's files.list, as the product writes it (Apps Script's Drive service and the pacte
 * CLI alike): values quoted '…' with ' and \ escaped, terms joined by `and`
 * (https://developers.google.com/drive/api/guides/search-files, .../ref-search-terms; properties:
 * https://developers.google.com/drive/api/guides/properties).
 */

/** A value in a query: `'…'`, escaping `\` and `'` (a folder ID, a key, a region as typed). */
export function driveQuote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The terms the product searches with; `driveQuery.and(...)` joins them. */
export const driveQuery = {
  and: (...terms: readonly string[]) => terms.join(' and '),
  inFolder: (folderId: string) => `${driveQuote(folderId)} in parents`,
  mimeType: (mimeType: string) => `mimeType = ${driveQuote(mimeType)}`,
  appProperty: (key: string, value: string) => `appProperties has { key=${driveQuote(key)} and value=${driveQuote(value)} }`,
  notTrashed: 'trashed = false',
} as const;
