/** The simulated Docs API as staff-edited templates make it: runs, headers, footers, footnotes, nested tables. */
import { createSimulator, DOC_MIME } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
interface Services {
  Drive: { Files: Record<string, (...a: unknown[]) => Record<string, unknown>> };
  Docs: { Documents: Record<string, (...a: unknown[]) => Record<string, unknown>> };
}
const g = (sim: Sim) => sim.globals as unknown as Services;

function appDoc(sim: Sim, html: string): string {
  const blob = { getBytes: () => [...Buffer.from(html)], getContentType: () => 'text/html' };
  return g(sim).Drive.Files.create!({ name: 'Modèle', mimeType: DOC_MIME }, blob)!.id as string;
}

interface Run {
  startIndex?: number;
  endIndex: number;
  textRun?: { content: string; textStyle: Record<string, boolean> };
  footnoteReference?: { footnoteId: string; footnoteNumber: string };
}
interface El {
  startIndex?: number;
  endIndex: number;
  paragraph?: { elements: Run[] };
  table?: { tableRows: Array<{ tableCells: Array<{ startIndex?: number; content: El[] }> }> };
}
interface Res {
  body: { content: El[] };
  headers?: Record<string, { headerId: string; content: El[] }>;
  footers?: Record<string, { footerId: string; content: El[] }>;
  footnotes?: Record<string, { footnoteId: string; content: El[] }>;
  documentStyle: { defaultHeaderId?: string; defaultFooterId?: string };
}
const get = (sim: Sim, id: string) => g(sim).Docs.Documents.get!(id) as unknown as Res;
const batch = (sim: Sim, id: string, requests: unknown[]) => g(sim).Docs.Documents.batchUpdate!({ requests }, id);

describe('Docs: text runs with their own styles', () => {
  it('an HTML import keeps <b> as a bold run, and bolding part of a tag in the editor splits it into three runs', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p>Madame <b>{{nom}}</b>, bonjour</p><p>{{prenom}}</p>');
    const first = get(sim, id).body.content[1]!.paragraph!.elements;
    expect(first.map((e) => [e.startIndex, e.endIndex, e.textRun!.content, e.textRun!.textStyle])).toEqual([
      [1, 8, 'Madame ', {}],
      [8, 15, '{{nom}}', { bold: true }],
      [15, 25, ', bonjour\n', {}],
    ]);
    // A person bolds "pre" inside {{prenom}}: Docs keeps one paragraph, three runs.
    sim.drive.editDoc(id, (d) => d.setStyle('pre', { bold: true }));
    const second = get(sim, id).body.content[2]!.paragraph!.elements;
    expect(second.map((e) => [e.startIndex, e.textRun!.content, e.textRun!.textStyle])).toEqual([
      [25, '{{', {}],
      [27, 'pre', { bold: true }],
      [30, 'nom}}\n', {}],
    ]);
    expect(sim.calls.byMethod()['Docs.Documents.get']).toBe(2);
    expect(Object.keys(sim.calls.byMethod())).not.toContain('Docs.Documents.batchUpdate');
  });

  it('deletes a range spanning runs, and inserted text takes the style of the text just before it', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p>A {{pre<i>nom</i>}} B</p>');
    // "A {{prenom}} B\n": the tag spans 2..12 over three runs.
    batch(sim, id, [
      { deleteContentRange: { range: { startIndex: 3, endIndex: 13 } } },
      { insertText: { location: { index: 3 }, text: 'Anne' } },
    ]);
    const runs = get(sim, id).body.content[1]!.paragraph!.elements;
    expect(runs.map((e) => [e.textRun!.content, e.textRun!.textStyle])).toEqual([['A Anne B\n', {}]]);
    expect(sim.drive.text(id)).toBe('A Anne B');
  });
});

describe('Docs: headers, footers, footnotes and nested tables', () => {
  it('returns each segment with indexes from 0, and requests address them by segmentId', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p>Convocation de {{prenom}}</p>');
    sim.drive.editDoc(id, (d) => {
      d.addHeader('{{federation}} — en-tête');
      d.addFooter('Pied : {{lieu}}');
      d.addFootnote('Convocation', 'Note : {{date_seance}}');
    });
    const res = get(sim, id);
    const headerId = res.documentStyle.defaultHeaderId!;
    const footerId = res.documentStyle.defaultFooterId!;
    const [footnoteId] = Object.keys(res.footnotes!);
    expect(res.headers![headerId]!.content[0]).toMatchObject({
      endIndex: 25,
      paragraph: { elements: [{ endIndex: 25, textRun: { content: '{{federation}} — en-tête\n' } }] },
    });
    expect(res.headers![headerId]!.content[0]!.startIndex).toBeUndefined();
    // The footnote's text starts with a space, as Docs makes it; its reference is one index of the body.
    expect(res.footnotes![footnoteId!]!.content[0]!.paragraph!.elements[0]!.textRun!.content).toBe(' Note : {{date_seance}}\n');
    const body = res.body.content[1]!.paragraph!.elements;
    expect(body.map((e) => [e.startIndex, e.endIndex, e.textRun?.content ?? e.footnoteReference?.footnoteNumber])).toEqual([
      [1, 12, 'Convocation'],
      [12, 13, '1'],
      [13, 28, ' de {{prenom}}\n'],
    ]);
    batch(sim, id, [
      { deleteContentRange: { range: { segmentId: footnoteId, startIndex: 8, endIndex: 23 } } },
      { insertText: { location: { segmentId: footnoteId, index: 8 }, text: 'jeudi' } },
      { deleteContentRange: { range: { segmentId: footerId, startIndex: 7, endIndex: 15 } } },
      { insertText: { location: { segmentId: footerId, index: 7 }, text: 'Rennes' } },
      { deleteContentRange: { range: { segmentId: headerId, startIndex: 0, endIndex: 14 } } },
      { insertText: { location: { segmentId: headerId, index: 0 }, text: 'ESSORT' } },
    ]);
    expect(sim.drive.text(id)).toBe('ESSORT — en-tête\nConvocation[1] de {{prenom}}\nPied : Rennes\n[1] Note : jeudi');
    expect(() => batch(sim, id, [{ insertText: { location: { segmentId: 'kix.nope', index: 0 }, text: 'x' } }])).toThrow(
      'The segment ID kix.nope was not found',
    );
  });

  it('indexes a table nested in a cell as Google does, and inserts a row in the inner table', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p></p><table><tr><td>A</td><td>B</td></tr></table>');
    sim.drive.editDoc(id, (d) => d.appendTable([['{{nom}}', '{{prenom}}']], { table: 0, row: 0, column: 1 }));
    // Body: "\n" 1; table 2; row 3; cell 4 "A\n" 5-7; cell 7: "B\n" 8-10, inner table 10, row 11, cell 12 "{{nom}}\n" 13-21,
    // cell 21 "{{prenom}}\n" 22-33, then the cell's closing paragraph "\n" 33-34.
    const outer = get(sim, id).body.content[2]!.table!;
    const cell = outer.tableRows[0]!.tableCells[1]!;
    expect(cell.startIndex).toBe(7);
    expect(cell.content.map((e) => [e.startIndex, e.endIndex, e.table ? 'table' : 'p'])).toEqual([
      [8, 10, 'p'],
      [10, 33, 'table'],
      [33, 34, 'p'],
    ]);
    expect(cell.content[1]!.table!.tableRows[0]!.tableCells.map((c) => c.content[0]!.startIndex)).toEqual([13, 22]);
    batch(sim, id, [
      { insertTableRow: { tableCellLocation: { tableStartLocation: { index: 10 }, rowIndex: 0, columnIndex: 0 }, insertBelow: true } },
      // The new row: row 33, cell 34 "\n" 35, cell 36 "\n" 37.
      { insertText: { location: { index: 37 }, text: 'Yann' } },
      { insertText: { location: { index: 35 }, text: 'Le Gall' } },
    ]);
    expect(sim.drive.text(id)).toBe('\nA | B [{{nom}} | {{prenom}} / Le Gall | Yann]\n');
  });
});

describe('Drive: appProperties, and a folder in the bin takes its content with it', () => {
  const files = (sim: Sim) => g(sim).Drive.Files;

  it('sets the key on create and copy, reads it with fields, finds files by it, patches it on update', () => {
    const sim = createSimulator();
    const folder = files(sim).create!({ name: 'S1', mimeType: 'application/vnd.google-apps.folder' }).id as string;
    const tpl = appDoc(sim, '<p>x</p>');
    const doc = files(sim).copy!(
      { name: 'Martin_Anne_C-0001', parents: [folder], appProperties: { pacte: 'document:convocation:S1:C-0001' } },
      tpl,
      { fields: 'id,appProperties' },
    );
    expect(doc.appProperties).toEqual({ pacte: 'document:convocation:S1:C-0001' });
    files(sim).copy!({ name: 'Martin_Anne_C-0002', parents: [folder], appProperties: { pacte: 'document:convocation:S1:C-0002' } }, tpl);
    const q = (key: string) => `'${folder}' in parents and appProperties has { key='pacte' and value='${key}' } and trashed = false`;
    expect(files(sim).list!({ q: q('document:convocation:S1:C-0001'), fields: 'files(id,name)' }).files).toEqual([
      { id: doc.id, name: 'Martin_Anne_C-0001' },
    ]);
    // A copy keeps its source's properties and applies the request's ("patch semantics"); null clears one.
    const elsewhere = files(sim).create!({ name: 'Autre', mimeType: 'application/vnd.google-apps.folder' }).id as string;
    const again = files(sim).copy!({ parents: [elsewhere], appProperties: { autre: 'x' } }, doc.id as string, {
      fields: 'id,appProperties',
    });
    expect(again.appProperties).toEqual({ pacte: 'document:convocation:S1:C-0001', autre: 'x' });
    expect(
      files(sim).update!({ appProperties: { autre: null } }, doc.id as string, undefined, { fields: 'appProperties' }).appProperties,
    ).toEqual({ pacte: 'document:convocation:S1:C-0001' });
    // 124 bytes per property, key and value together.
    expect(() => files(sim).create!({ name: 'x', appProperties: { pacte: 'é'.repeat(60) } })).toThrow('exceeds the 124 bytes limit');
    files(sim).update!({ trashed: true }, doc.id as string);
    // The copy carries the key too (in another folder): only what is not in the bin is listed.
    expect(
      files(sim).list!({
        q: `appProperties has { key='pacte' and value='document:convocation:S1:C-0001' } and trashed = false`,
        fields: 'files(id)',
      }).files,
    ).toEqual([{ id: again.id }]);
    expect(files(sim).list!({ q: q('document:convocation:S1:C-0001') }).files).toEqual([]);
    expect(
      files(sim).list!({ q: `appProperties has { key='pacte' and value='document:convocation:S1:C-0001' }`, fields: 'files(id,trashed)' })
        .files as unknown[],
    ).toContainEqual({ id: doc.id, trashed: true });
  });

  it('binning a folder bins what it holds (trashed, not explicitlyTrashed); restoring it brings them back', () => {
    const sim = createSimulator();
    const folder = (name: string, parent?: string) =>
      files(sim).create!({ name, mimeType: 'application/vnd.google-apps.folder', ...(parent ? { parents: [parent] } : {}) }).id as string;
    const root = folder('PACTE');
    const s1 = folder('S1', root);
    const pdf = files(sim).create!({ name: 'a.pdf', mimeType: 'application/pdf', parents: [s1] }).id as string;
    const mine = sim.drive.addUserFolder('Mes dossiers');
    sim.drive.moveByHand(root, mine);
    sim.drive.trashByHand(mine);
    const state = (id: string) => files(sim).get!(id, { fields: 'trashed,explicitlyTrashed' });
    expect([state(root), state(s1), state(pdf)]).toEqual(Array(3).fill({ trashed: true, explicitlyTrashed: false }));
    expect(files(sim).list!({ q: `'${s1}' in parents and trashed = false` }).files).toEqual([]);
    sim.drive.trashByHand(mine, false);
    expect(state(pdf)).toEqual({ trashed: false, explicitlyTrashed: false });
  });
});
