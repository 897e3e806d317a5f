/**
 * What the selection's e-mails lean on in the simulator: MailApp's `attachments` and `cc`,
 * Utilities.newBlob with a content type, Drive's download (files.get alt=media) and
 * Sheet.getRangeList(…).setValue, each as strict as Google documents it.
 */
import { createSimulator, DOC_MIME, FOLDER_MIME, PDF_MIME } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
interface Services {
  MailApp: GoogleAppsScript.Mail.MailApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Drive: { Files: Record<string, (...a: unknown[]) => Record<string, unknown>> };
  UrlFetchApp: { fetch(url: string, params?: unknown): { getResponseCode(): number; getBlob(): GoogleAppsScript.Base.Blob } };
  ScriptApp: { getOAuthToken(): string };
}
const g = (sim: Sim) => sim.globals as unknown as Services;

describe('MailApp attachments and copies', () => {
  it('sends a text/calendar blob made by Utilities.newBlob, with its name and content type, and counts cc in the quota', () => {
    const sim = createSimulator();
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
    const blob = g(sim).Utilities.newBlob(ics, 'text/calendar; method=REQUEST', 'invitation.ics');
    const before = g(sim).MailApp.getRemainingDailyQuota();
    g(sim).MailApp.sendEmail('camille@example.org', 'Entretien', 'Bonjour', {
      cc: 'jury1@example.org,jury2@example.org',
      attachments: [blob],
    });
    const [mail] = sim.mail.sent();
    expect(mail!.cc).toEqual(['jury1@example.org', 'jury2@example.org']);
    expect(mail!.attachments).toEqual([{ name: 'invitation.ics', contentType: 'text/calendar; method=REQUEST', content: ics }]);
    expect(g(sim).MailApp.getRemainingDailyQuota()).toBe(before - 3);
  });

  it('refuses an attachment that is not a BlobSource, and sends nothing', () => {
    const sim = createSimulator();
    expect(() =>
      g(sim).MailApp.sendEmail('camille@example.org', 'Entretien', 'Bonjour', {
        attachments: ['invitation.ics' as unknown as GoogleAppsScript.Base.BlobSource],
      }),
    ).toThrow(/attachments/);
    expect(sim.mail.sent()).toEqual([]);
  });

  it('a message without attachments records none', () => {
    const sim = createSimulator();
    g(sim).MailApp.sendEmail('camille@example.org', 'Objet', 'Corps');
    expect(sim.mail.sent()[0]!.attachments).toEqual([]);
  });
});

describe('Drive download (files.get alt=media)', () => {
  function pdf(sim: Sim): string {
    const folder = g(sim).Drive.Files.create!({ name: 'Sélection', mimeType: FOLDER_MIME })!.id as string;
    const content = g(sim).Utilities.newBlob('%PDF-1.4\nDécision\n%%EOF\n', PDF_MIME, 'x.pdf');
    return g(sim).Drive.Files.create!(
      { name: 'selection_retenu_Martin_Camille_C-0001.pdf', mimeType: PDF_MIME, parents: [folder] },
      content,
    )!.id as string;
  }
  const url = (id: string) => `https://www.googleapis.com/drive/v3/files/${id}?alt=media`;

  it('gives back the bytes of a file the script made, named as in Drive, with the token', () => {
    const sim = createSimulator();
    const id = pdf(sim);
    const blob = g(sim)
      .UrlFetchApp.fetch(url(id), { headers: { Authorization: `Bearer ${g(sim).ScriptApp.getOAuthToken()}` } })
      .getBlob();
    expect(blob.getDataAsString()).toBe('%PDF-1.4\nDécision\n%%EOF\n');
    expect(blob.getContentType()).toBe(PDF_MIME);
    expect(blob.getName()).toBe('selection_retenu_Martin_Camille_C-0001.pdf');
  });

  it('refuses without the token, and refuses a Google Doc (export it instead)', () => {
    const sim = createSimulator();
    const id = pdf(sim);
    expect(() => g(sim).UrlFetchApp.fetch(url(id))).toThrow(/returned code 401/);
    const html = g(sim).Utilities.newBlob('<p>x</p>', 'text/html', 'x.html');
    const doc = g(sim).Drive.Files.create!({ name: 'Doc', mimeType: DOC_MIME }, html)!.id as string;
    const auth = { headers: { Authorization: `Bearer ${g(sim).ScriptApp.getOAuthToken()}` }, muteHttpExceptions: true };
    expect(g(sim).UrlFetchApp.fetch(url(doc), auth).getResponseCode()).toBe(403);
    expect(g(sim).UrlFetchApp.fetch(url('nope'), auth).getResponseCode()).toBe(404);
  });
});

describe('Sheet.getRangeList(…).setValue', () => {
  it('writes one value into cells far apart in one call; the writes wait like any other', () => {
    const sim = createSimulator();
    sim.load({
      Candidatures: [
        ['ID', 'Statut'],
        ['C-1', 'Entretien'],
        ['C-2', 'Entretien'],
        ['C-3', 'Entretien'],
      ],
    });
    const sheet = sim.spreadsheet.getSheetByName('Candidatures')!;
    sim.calls.reset();
    sheet.getRangeList(['B2', 'B4']).setValue('Retenu');
    expect(sim.calls.byMethod()).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.setValue': 1 });
    expect(sim.pendingWrites()).toBeGreaterThan(0);
    expect(sim.peek.values('Candidatures').map((r) => r[1])).toEqual(['Statut', 'Retenu', 'Entretien', 'Retenu']);
  });

  it('refuses an empty list', () => {
    const sim = createSimulator();
    sim.load({ Candidatures: [['ID']] });
    expect(() => sim.spreadsheet.getSheetByName('Candidatures')!.getRangeList([])).toThrow(/getRangeList/);
  });
});
