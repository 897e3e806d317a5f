/** The `Documents` register, pure: claims and their age, where records go, and the repair after a colleague's gesture. */
import { claimRecord } from '../../src/workbook/documents-records';
import {
  anchorRow,
  claimedAt,
  claimTime,
  parseRegister,
  planRecords,
  registerBlocks,
  standing,
  type RecordCells,
} from '../../src/workbook/documents-register';
import { isRepairNeeded, reconcile } from '../../src/workbook/documents-reconcile';
import { DOCUMENTS_TAB } from '../../src/workbook/schema';
import type { Cell } from '../../src/workbook/cells';

const H = [...DOCUMENTS_TAB.headers];
const key = (n: number) => `document:convocation:S1:C-000${n}`;
const record = (n: number, state: string, detail = ''): RecordCells => ({
  Clé: key(n),
  Type: 'Convocation',
  Séance: 'S1',
  Date: '',
  'Demi-journée': '',
  'ID apprenant': `C-000${n}`,
  Nom: `Nom ${n}`,
  Document: state === 'Créé' ? `doc${n}` : '',
  PDF: state === 'Créé' ? `pdf${n}` : '',
  État: state,
  Détail: detail,
  'Créé le': '',
});
const row = (cells: RecordCells, header: readonly string[] = H): Cell[] =>
  header.map((h) => (h in cells ? cells[h as keyof RecordCells] : ''));

describe('claims', () => {
  it('say who and since when on Paris clocks, and read back to the minute', () => {
    const at = new Date('2026-07-01T08:02:59Z'); // 10:02 in Paris (summer time)
    expect(claimTime(at)).toBe('01/07/2026 à 10:02');
    expect(claimedAt(`en cours : x@example.org, depuis le ${claimTime(at)}`)).toEqual(new Date('2026-07-01T08:02:00Z'));
    expect(claimedAt('corrigé à la main')).toBeUndefined();
  });

  it('a claim under 10 minutes is busy, older (or unreadable) is to redo after a look in Drive; Erreur too; a row « en attente » is made afresh', () => {
    const now = new Date('2026-01-15T09:30:00Z');
    const claim = (minutes: number) => `en cours : x@example.org, depuis le ${claimTime(new Date(now.getTime() - minutes * 60_000))}`;
    const reg = parseRegister([
      H,
      row(record(1, 'En cours', claim(9))),
      row(record(2, 'En cours', claim(11))),
      row(record(3, 'Erreur', 'Échec')),
      row(record(4, 'Créé')),
      row(record(5, '', 'en attente : sera créé au prochain clic sur « Créer les documents »')),
      row(record(6, 'En cours', 'texte')),
    ]);
    expect(
      [1, 2, 3, 4, 5, 6, 7]
        .map((n) => standing(reg, key(n), now.getTime()))
        .map((s) => (s.kind === 'todo' ? `todo${s.recover ? '+drive' : ''}` : s.kind)),
    ).toEqual(['busy', 'todo+drive', 'todo+drive', 'done', 'todo', 'todo+drive', 'todo']);
  });
});

describe('where records go', () => {
  it('finds rows by Clé now, skips staff rows, and puts new ones right above the anchor row appended by appendRow', () => {
    const header = [...H.slice(0, 9), 'Remarque', ...H.slice(9)];
    const reg = parseRegister([header, row(record(1, 'Erreur'), header), ['Note : salle B'], row(record(3, 'Créé'), header), [key(4)]]);
    expect(reg.lastContentRow).toBe(5);
    expect(anchorRow(reg, record(4, 'En cours'))).toEqual({ values: [key(4)], columns: [0] });
    const plan = planRecords(
      reg,
      new Map([
        [key(1), record(1, 'En cours')],
        [key(4), record(4, 'En cours')],
        [key(5), record(5, 'En cours')],
        [key(6), record(6, 'En cours')],
      ]),
      { key: key(4), columns: [0] },
    );
    expect(plan.insertBefore).toEqual({ row: 5, count: 2 });
    expect(Object.fromEntries([...plan.positions].map(([k, p]) => [k.slice(-6), [p.row, p.whole]]))).toEqual({
      'C-0001': [2, false],
      'C-0005': [5, true],
      'C-0006': [6, true],
      'C-0004': [7, false],
    });
    // An existing row never gets its Clé rewritten; a staff column splits the writes, never written.
    expect(plan.positions.get(key(1))!.columns).not.toContain(0);
    expect(plan.updates.some((u) => u.column === 9)).toBe(false);
    const blocks = registerBlocks(plan.updates);
    expect(blocks.map((b) => [b.row, b.column, b.values.length, b.values[0]!.length])).toEqual([
      [2, 2, 1, 8],
      [2, 11, 1, 3],
      [5, 1, 2, 9],
      [5, 11, 2, 3],
      [7, 2, 1, 8],
      [7, 11, 1, 3],
    ]);
  });

  it('a row holds what a cell can: a 60,000-character name is cut to 50,000, saying so', () => {
    const job = {
      key: key(1),
      kind: 'convocation',
      sessionId: 'S1',
      learnerId: 'C-0001',
      name: 'x'.repeat(60_000),
      fileName: 'f',
      folder: 'S1',
      values: {},
    } as const;
    const nom = claimRecord(job, 'x@example.org', new Date())['Nom'] as string;
    expect(nom).toHaveLength(50_000);
    expect(nom.endsWith('x… (tronqué)')).toBe(true);
  });
});

describe('the repair after a write', () => {
  const base = () => [H, row(record(1, 'Erreur')), row(record(2, 'Créé')), row(record(3, 'Créé'))];
  const claims = new Map([[key(1), record(1, 'En cours', 'claim')]]);

  it('nothing to do when the write landed where it meant to', () => {
    const before = parseRegister(base());
    const plan = planRecords(before, claims);
    const after = base();
    after[1] = row(claims.get(key(1))!);
    expect(isRepairNeeded(reconcile(before, claims, plan.positions, after))).toBe(false);
  });

  it('a sort between read and write: the row hit gets its cells back, the record goes to its own row', () => {
    const before = parseRegister(base());
    const plan = planRecords(before, claims);
    // Sorted Z→A before the write: row 2 now holds C-0003, whose state cells were overwritten.
    const after = [
      H,
      row({ ...claims.get(key(1))!, Clé: key(3), 'ID apprenant': 'C-0003', Nom: 'Nom 3' }),
      row(record(2, 'Créé')),
      row(record(1, 'Erreur')),
    ];
    const repair = reconcile(before, claims, plan.positions, after);
    expect(repair.appends).toEqual([]);
    const fixed = after.map((r) => [...r]);
    for (const u of repair.updates) fixed[u.row - 1]![u.column] = u.value;
    expect(fixed).toEqual([H, row(record(3, 'Créé')), row(record(2, 'Créé')), row(claims.get(key(1))!)]);
  });

  it('a new row written into a blank row a product row had moved into: the product row back in place, the record after the last row', () => {
    const start = [...base(), [key(4)]];
    const before = parseRegister(start);
    const recs = new Map([
      [key(4), record(4, 'En cours')],
      [key(5), record(5, 'En cours')],
    ]);
    const plan = planRecords(before, recs, { key: key(4), columns: [0] });
    // Blank row inserted at 5 by us; then a colleague inserted a row at the top: C-0003 moved into it.
    const pad = (r: Cell[]) => H.map((_, i) => r[i] ?? '');
    const after = [
      H,
      pad([]),
      row(record(1, 'Erreur')),
      row(record(2, 'Créé')),
      row(recs.get(key(5))!),
      row({ ...recs.get(key(4))!, Clé: '' }),
      pad([key(4)]),
    ];
    const repair = reconcile(before, recs, plan.positions, after);
    expect(repair.appends.map((r) => r['Clé'])).toEqual([key(5)]);
    const fixed = after.map((r) => [...r]);
    for (const u of repair.updates) {
      fixed[u.row - 1] ??= [];
      fixed[u.row - 1]![u.column] = u.value;
    }
    expect(fixed[4]).toEqual(row(record(3, 'Créé')));
    expect(fixed[6]).toEqual(row(recs.get(key(4))!));
    expect(fixed[5]!.every((c) => c === '')).toBe(true);
  });

  it('a column inserted between read and write: the cells put under the new header are emptied, the record rewritten under its headers', () => {
    const before = parseRegister(base());
    const plan = planRecords(before, claims);
    const header = [H[0]!, 'Suivi', ...H.slice(1)];
    const written = row(claims.get(key(1))!); // written at the old indexes: shifted one left of their headers from Type on
    const stale = row(record(1, 'Erreur'), header);
    const hit = stale.map((c, i) => (i >= 1 && i <= 11 ? written[i] : c));
    const after = [header, hit, row(record(2, 'Créé'), header), row(record(3, 'Créé'), header)];
    const repair = reconcile(before, claims, plan.positions, after);
    const fixed = after.map((r) => [...r]);
    for (const u of repair.updates) fixed[u.row - 1]![u.column] = u.value;
    expect(fixed[1]).toEqual(row(claims.get(key(1))!, header));
  });
});
