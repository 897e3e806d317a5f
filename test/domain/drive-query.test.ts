/**
 * Drive queries quoted once (src/domain/drive-query.ts), read back by the simulator's own parser of
 * files.list `q` (sim/drive-query.ts, written from Google's documentation).
 */
import { driveQuery, driveQuote } from '../../src/domain/drive-query';
import { parseQuery, type QueryFile } from '../../sim/drive-query';

const file = (over: Partial<QueryFile>): QueryFile => ({
  name: 'x',
  mimeType: 'application/pdf',
  parents: [],
  trashed: false,
  appProperties: {},
  ...over,
});

describe('Drive query quoting', () => {
  it("escapes ' and \\ inside '…'", () => {
    expect(driveQuote('abc')).toBe("'abc'");
    expect(driveQuote("l'Ain")).toBe("'l\\'Ain'");
    expect(driveQuote('a\\b')).toBe("'a\\\\b'");
    expect(driveQuote("\\'")).toBe("'\\\\\\''");
  });

  it('writes the queries the product sends, term for term', () => {
    expect(
      driveQuery.and(driveQuery.inFolder('F1'), driveQuery.mimeType('application/vnd.google-apps.folder'), driveQuery.notTrashed),
    ).toBe("'F1' in parents and mimeType = 'application/vnd.google-apps.folder' and trashed = false");
    expect(
      driveQuery.and(driveQuery.inFolder('F1'), driveQuery.appProperty('pacte', 'document:convocation:S2:C-0003'), driveQuery.notTrashed),
    ).toBe("'F1' in parents and appProperties has { key='pacte' and value='document:convocation:S2:C-0003' } and trashed = false");
  });

  it('finds exactly the file whose values hold quotes and backslashes (Google’s grammar, as the simulator reads it)', () => {
    const value = "promo d'été \\ 2026 ' and trashed = true";
    const match = parseQuery(driveQuery.and(driveQuery.inFolder("F'1"), driveQuery.appProperty('promo', value), driveQuery.notTrashed));
    expect(match(file({ parents: ["F'1"], appProperties: { promo: value } }))).toBe(true);
    expect(match(file({ parents: ["F'1"], appProperties: { promo: "promo d'été \\ 2026 " } }))).toBe(false);
    expect(match(file({ parents: ['F1'], appProperties: { promo: value } }))).toBe(false);
    expect(match(file({ parents: ["F'1"], appProperties: { promo: value }, trashed: true }))).toBe(false);
  });
});
