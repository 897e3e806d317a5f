import { createSimulator, DOC_MIME, FOLDER_MIME, PDF_MIME, driveRateLimitError } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
interface Services {
  Drive: { Files: Record<string, (...a: unknown[]) => Record<string, unknown>> };
  Docs: { Documents: Record<string, (...a: unknown[]) => Record<string, unknown>> };
  UrlFetchApp: {
    fetch(url: string, params?: unknown): { getResponseCode(): number; getBlob(): { getBytes(): number[]; getContentType(): string } };
  };
  ScriptApp: { getOAuthToken(): string };
}
const g = (sim: Sim) => sim.globals as unknown as Services;

function folder(sim: Sim, name = 'Cohorte'): string {
  return g(sim).Drive.Files.create!({ name, mimeType: FOLDER_MIME })!.id as string;
}

/** A Doc the script made by converting HTML, as the default templates are made. */
function appDoc(sim: Sim, html: string, parent?: string): string {
  const blob = new (class {
    getBytes = () => [...Buffer.from(html)];
    getContentType = () => 'text/html';
  })();
  return g(sim).Drive.Files.create!({ name: 'Modèle', mimeType: DOC_MIME, ...(parent ? { parents: [parent] } : {}) }, blob)!.id as string;
}

const TWO_BY_TWO = '<table><tr><td></td><td></td></tr><tr><td></td><td></td></tr></table>';

describe('Docs API model', () => {
  it("indexes a 2×2 table as Google's worked example: cell text at 5, 7, 10, 12", () => {
    // https://developers.google.com/docs/api/how-tos/tables — a table inserted after an empty first paragraph.
    const sim = createSimulator();
    const id = appDoc(sim, `<p></p>${TWO_BY_TWO}`);
    const res = g(sim).Docs.Documents.get!(id) as {
      body: {
        content: Array<{
          startIndex?: number;
          table?: { tableRows: Array<{ tableCells: Array<{ content: Array<{ startIndex: number }> }> }> };
        }>;
      };
    };
    const t = res.body.content.find((e) => e.table)!;
    expect(t.startIndex).toBe(2);
    expect(t.table!.tableRows.flatMap((r) => r.tableCells.map((c) => c.content[0]!.startIndex))).toEqual([5, 7, 10, 12]);
  });

  it('applies a batch in order: new empty rows, text inserted in them, tags replaced', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p>Séance {{seance}}</p><table><tr><td>Nom</td></tr><tr><td>{{nom}}</td></tr></table>');
    // Body: "Séance {{seance}}\n" 1..19, table at 19, row0 20, cell 21, "Nom\n" 22..26, row1 26, cell 27, "{{nom}}\n" 28..36
    const out = g(sim).Docs.Documents.batchUpdate!(
      {
        requests: [
          { insertTableRow: { tableCellLocation: { tableStartLocation: { index: 19 }, rowIndex: 1, columnIndex: 0 }, insertBelow: true } },
          // The new row: row 36, cell 37, "\n" at 38.
          { insertText: { location: { index: 38 }, text: 'Le Gall' } },
          { deleteContentRange: { range: { startIndex: 28, endIndex: 35 } } },
          { insertText: { location: { index: 28 }, text: '{{seance}}' } },
          { replaceAllText: { containsText: { text: '{{seance}}', matchCase: true }, replaceText: 'S1' } },
        ],
      },
      id,
    );
    expect((out.replies as unknown[])[4]).toEqual({ replaceAllText: { occurrencesChanged: 2 } });
    expect(sim.drive.text(id)).toBe('Séance S1\nNom\nS1\nLe Gall\n');
    expect(sim.calls.byMethod()['Docs.Documents.batchUpdate']).toBe(1);
  });

  it('is all or nothing: an invalid request leaves the document untouched, with the index in the message', () => {
    const sim = createSimulator();
    const id = appDoc(sim, `<p>{{prenom}}</p>${TWO_BY_TWO}`);
    const before = sim.drive.text(id);
    expect(() =>
      g(sim).Docs.Documents.batchUpdate!(
        {
          requests: [
            { replaceAllText: { containsText: { text: '{{prenom}}', matchCase: true }, replaceText: 'Anne' } },
            // 12 is the table's start (after "{{prenom}}\n" 1..12): not inside a paragraph.
            { insertText: { location: { index: 12 }, text: 'x' } },
          ],
        },
        id,
      ),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(sim.drive.text(id)).toBe(before);
    expect(() => g(sim).Docs.Documents.batchUpdate!({ requests: [{ insertText: { location: { index: 999 }, text: 'x' } }] }, id)).toThrow(
      /Index 999 must be less than the end index of the referenced segment/,
    );
    expect(() =>
      g(sim).Docs.Documents.batchUpdate!(
        { requests: [{ insertTableRow: { tableCellLocation: { tableStartLocation: { index: 3 }, rowIndex: 0 } } }] },
        id,
      ),
    ).toThrow('The provided table start location is invalid.');
  });

  it('never matches replaceAllText across paragraphs and inserts text literally', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p>{{a</p><p>}} {{a}}</p>');
    const out = g(sim).Docs.Documents.batchUpdate!(
      { requests: [{ replaceAllText: { containsText: { text: '{{a}}', matchCase: true }, replaceText: '=1+1' } }] },
      id,
    );
    expect(out.replies).toEqual([{ replaceAllText: { occurrencesChanged: 1 } }]);
    expect(sim.drive.text(id)).toBe('{{a\n}} =1+1');
  });

  it('allows 60 writes a minute per user, then answers 429 until the minute has passed', () => {
    const sim = createSimulator();
    const id = appDoc(sim, '<p>x</p>');
    const write = () => g(sim).Docs.Documents.batchUpdate!({ requests: [{ insertText: { location: { index: 1 }, text: 'y' } }] }, id);
    for (let i = 0; i < 60; i++) write();
    expect(write).toThrow("Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'");
    sim.clock.advance(60_001);
    expect(write).not.toThrow();
  });
});

describe('Drive (advanced service v3, drive.file)', () => {
  it('copies a Doc into a folder, names it, and counts the call', () => {
    const sim = createSimulator();
    const f = folder(sim);
    const tpl = appDoc(sim, '<h1>Convocation</h1><p>{{prenom}}</p>', f);
    sim.calls.reset();
    const copy = g(sim).Drive.Files.copy!({ name: '2025-10-16_S1_convocation_Le-Gall_Anne', parents: [f] }, tpl, {
      fields: 'id,webViewLink',
    });
    expect(Object.keys(copy)).toEqual(['id', 'webViewLink']);
    expect(copy.webViewLink).toBe(`https://docs.google.com/document/d/${String(copy.id)}/edit?usp=drivesdk`);
    expect(sim.calls.byMethod()).toEqual({ 'Drive.Files.copy': 1 });
    expect(sim.drive.text(copy.id as string)).toBe('Convocation\n{{prenom}}');
    const listed = g(sim).Drive.Files.list!({
      q: `'${f}' in parents and name = '2025-10-16_S1_convocation_Le-Gall_Anne' and trashed = false`,
      fields: 'files(id)',
    });
    expect(listed.files).toEqual([{ id: copy.id }]);
    // Pages of 100 by default, at most 1,000: the rest comes with nextPageToken.
    for (let i = 0; i < 120; i++) g(sim).Drive.Files.create!({ name: `f${i}`, mimeType: FOLDER_MIME, parents: [f] });
    const first = g(sim).Drive.Files.list!({ q: `'${f}' in parents` });
    expect([(first.files as unknown[]).length, first.nextPageToken]).toEqual([100, '100']);
    const second = g(sim).Drive.Files.list!({ q: `'${f}' in parents`, pageToken: first.nextPageToken });
    expect([(second.files as unknown[]).length, second.nextPageToken]).toEqual([22, undefined]);
    expect(() => g(sim).Drive.Files.list!({ pageSize: 1001 })).toThrow('Invalid value for pageSize.');
    expect(g(sim).Drive.Files.list!({ q: `'${f}' in parents`, fields: 'files(id)' }).nextPageToken).toBeUndefined();
    expect(g(sim).Drive.Files.list!({ q: `'${f}' in parents`, fields: 'nextPageToken,files(id)' }).nextPageToken).toBe('100');
  });

  it('sees nothing staff made by hand (404 File not found), neither as a source nor as a parent', () => {
    const sim = createSimulator();
    const userDoc = sim.drive.addUserDoc('Mon modèle', '<p>x</p>');
    const userFolder = sim.drive.addUserFolder('Dossier');
    const f = folder(sim);
    const tpl = appDoc(sim, '<p>x</p>', f);
    expect(() => g(sim).Drive.Files.copy!({}, userDoc)).toThrow(
      `API call to drive.files.copy failed with error: File not found: ${userDoc}.`,
    );
    expect(() => g(sim).Drive.Files.copy!({ parents: [userFolder] }, tpl)).toThrow(`File not found: ${userFolder}.`);
    expect(() => g(sim).Docs.Documents.get!(userDoc)).toThrow('Requested entity was not found.');
    expect(g(sim).Drive.Files.list!({ q: 'trashed = false' }).files as unknown[]).toHaveLength(2);
    expect(() => g(sim).Drive.Files.copy!({ parents: [tpl] }, tpl)).toThrow('The specified parent is not a folder.');
  });

  it('stops at the daily number of Docs created (250 on a consumer account)', () => {
    const sim = createSimulator();
    sim.drive.setDailyDocsLimit(3);
    const tpl = appDoc(sim, '<p>x</p>');
    g(sim).Drive.Files.copy!({}, tpl);
    g(sim).Drive.Files.copy!({}, tpl);
    expect(() => g(sim).Drive.Files.copy!({}, tpl)).toThrow('Service invoked too many times for one day: docs create.');
    sim.clock.advance(24 * 3600 * 1000);
    expect(() => g(sim).Drive.Files.copy!({}, tpl)).not.toThrow();
  });

  it('exports a Doc as PDF through files.export with the script token, and stores it', () => {
    const sim = createSimulator();
    const f = folder(sim);
    const tpl = appDoc(sim, '<p>Bonjour</p>', f);
    const url = `https://www.googleapis.com/drive/v3/files/${tpl}/export?mimeType=${encodeURIComponent(PDF_MIME)}`;
    expect(() => g(sim).UrlFetchApp.fetch(url)).toThrow('Request failed for https://www.googleapis.com returned code 401.');
    const res = g(sim).UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${g(sim).ScriptApp.getOAuthToken()}` } });
    expect(res.getResponseCode()).toBe(200);
    const pdf = g(sim).Drive.Files.create!({ name: 'Bonjour', mimeType: PDF_MIME, parents: [f] }, res.getBlob(), { fields: 'id,mimeType' });
    expect(pdf.mimeType).toBe(PDF_MIME);
    expect(sim.drive.text(pdf.id as string)).toContain('%PDF-1.4');
    expect(sim.drive.text(pdf.id as string)).toContain('Bonjour');
    const auth = { headers: { Authorization: `Bearer ${g(sim).ScriptApp.getOAuthToken()}` }, muteHttpExceptions: true };
    expect(
      g(sim).UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${f}/export?mimeType=application%2Fpdf`, auth).getResponseCode(),
    ).toBe(403);
  });

  it('refuses every Drive and Docs call in a simple trigger, and fails or stages on demand like the other services', () => {
    const sim = createSimulator();
    const tpl = appDoc(sim, '<p>x</p>');
    sim.failAt('Drive.Files.copy', 2, driveRateLimitError());
    g(sim).Drive.Files.copy!({}, tpl);
    expect(() => g(sim).Drive.Files.copy!({}, tpl)).toThrow('User rate limit exceeded.');
    let staged = 0;
    sim.interleave('Docs.Documents.get', 1, () => staged++);
    g(sim).Docs.Documents.get!(tpl);
    expect(staged).toBe(1);
    sim.setAuthMode('LIMITED');
    expect(() => g(sim).Drive.Files.copy!({}, tpl)).toThrow(
      'You do not have permission to call Drive.Files.copy. Required permissions: https://www.googleapis.com/auth/drive.file',
    );
  });
});
