/**
 * What the playground shows as pages: a Doc drawn from its model (header, headings, tables within
 * tables, bold and italic runs, footnotes, footer), a simulated PDF as the page it stands for (never
 * its `%PDF-1.4` source), and the files an e-mail carried, each openable from the « Envois » panel.
 */
import type { MailView } from '../../scripts/playground/mail';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { pdfPageBody } from '../../scripts/playground/doc-html';

jest.setTimeout(60_000);

let server: PlaygroundServer;
beforeAll(async () => {
  server = await startPlayground({ port: 0, quiet: true });
});
afterAll(async () => {
  await server?.close();
});

const get = async (route: string) => {
  const res = await fetch(`${server.url}${route}`);
  return { status: res.status, headers: res.headers, text: await res.text() };
};

describe('a Doc opened from the Drive', () => {
  it('is drawn from its model: header, title, headings, runs in bold and italic, nested tables, footnote, footer', async () => {
    const sim = server.playground.sim;
    const id = sim.drive.addUserDoc(
      'Convocation',
      '<h1>Convocation</h1><h2>Séminaire 3</h2><p>Bonjour <b>Camille</b>, <i>à bientôt</i> <script>alert(1)</script></p><table><tr><td>Lieu</td><td>Rennes</td></tr></table>',
    );
    sim.drive.editDoc(id, (d) => {
      d.addHeader('Fédération — en-tête');
      d.addFooter('Page de pied');
      d.addFootnote('Bonjour', 'Une note');
      d.appendTable([['a', 'b']], { table: 0, row: 0, column: 1 });
    });
    const page = await get(`/drive/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = page.text;
    expect(html).toMatch(/<header class="doc-header"><p>Fédération — en-tête<\/p><\/header>/);
    expect(html).toContain('<h1>Convocation</h1>');
    expect(html).toContain('<h2>Séminaire 3</h2>');
    expect(html).toMatch(/Bonjour<sup>\[1\]<\/sup> <strong>Camille<\/strong>, <em>à bientôt<\/em>/);
    expect(html).toMatch(/<td><p>Rennes<\/p>\n<table><tr><td><p>a<\/p><\/td><td><p>b<\/p><\/td><\/tr><\/table>\n<p>&nbsp;<\/p><\/td>/);
    expect(html).toMatch(/<ol class="footnotes"><li><p> Une note<\/p><\/li><\/ol>/);
    expect(html).toMatch(/<footer class="doc-footer"><p>Page de pied<\/p><\/footer>/);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('a simulated PDF', () => {
  it('reads as its page: the % lines gone, each line a paragraph, table rows a table, text escaped', () => {
    const html = pdfPageBody("%PDF-1.4\n%simulated export of abc\nFeuille d'émargement\nNom | Signature\nMartin <b> | \n%%EOF\n");
    expect(html).toBe(
      '<main><p>Feuille d&#39;émargement</p>\n<table><tr><td>Nom</td><td>Signature</td></tr><tr><td>Martin &lt;b&gt;</td><td></td></tr></table></main>',
    );
  });
});

describe('e-mails with attachments', () => {
  it('lists each file with its name and size, and opens a PDF as a page, a text as text, anything else as a download', async () => {
    const sim = server.playground.sim;
    const { MailApp, Utilities } = sim.globals as {
      MailApp: GoogleAppsScript.Mail.MailApp;
      Utilities: GoogleAppsScript.Utilities.Utilities;
    };
    const pdf = Utilities.newBlob(
      '%PDF-1.4\n%simulated export of x\nAttestation de présence\n%%EOF\n',
      'application/pdf',
      'Attestation.pdf',
    );
    const csv = Utilities.newBlob('Nom;Prénom\nMartin;Camille', 'text/csv', 'liste.csv');
    const zip = Utilities.newBlob([80, 75, 3, 4], 'application/zip', 'pièces <1>.zip');
    MailApp.sendEmail('camille.martin@example.org', 'Votre attestation', 'Bonjour,\n\nVoici votre attestation.', {
      attachments: [pdf, csv, zip],
    });
    MailApp.sendEmail('camille.martin@example.org', 'Sans pièce', 'Rien');
    const view = (await (await fetch(`${server.url}/api/mail`)).json()) as MailView;
    const [last, first] = view.sent;
    expect(last!.attachments).toEqual([]);
    expect(first!.body).toBe('Bonjour,\n\nVoici votre attestation.');
    // When it went out, as JJ/MM/AAAA HH:MM in Paris.
    expect(first!.at).toBe('15/01/2026 10:00');
    expect(first!.attachments).toEqual([
      { name: 'Attestation.pdf', contentType: 'application/pdf', size: '63 octets', href: '/mail/0/0' },
      { name: 'liste.csv', contentType: 'text/csv', size: '26 octets', href: '/mail/0/1' },
      { name: 'pièces <1>.zip', contentType: 'application/zip', size: '4 octets', href: '/mail/0/2' },
    ]);
    const page = await get('/mail/0/0');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.text).toContain('<p>Attestation de présence</p>');
    expect(page.text).not.toContain('%PDF');
    expect((await get('/mail/0/1')).text).toContain('<pre>Nom;Prénom\nMartin;Camille</pre>');
    const download = await get('/mail/0/2');
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''pi%C3%A8ces%20%3C1%3E.zip");
    expect((await get('/mail/0/3')).status).toBe(404);
    expect((await get('/mail/9/0')).status).toBe(404);
  });

  it('shows an .ics of one event as a calendar card, in the panel and as its page, every text escaped', async () => {
    const sim = server.playground.sim;
    const { MailApp, Utilities } = sim.globals as {
      MailApp: GoogleAppsScript.Mail.MailApp;
      Utilities: GoogleAppsScript.Utilities.Utilities;
    };
    const ics = [
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'DTSTART;TZID=Europe/Paris:20251120T143000',
      'DTEND;TZID=Europe/Paris:20251120T150000',
      'SUMMARY:Entretien <b>PACTE</b>',
      'LOCATION:https://visio.example.org/7\\, salle 2',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    MailApp.sendEmail('camille.martin@example.org', 'Votre entretien', 'Bonjour', {
      attachments: [
        Utilities.newBlob(ics, 'text/calendar; method=REQUEST', 'entretien.ics'),
        Utilities.newBlob(ics, 'text/plain', 'copie.txt'),
      ],
    });
    const view = (await (await fetch(`${server.url}/api/mail`)).json()) as MailView;
    const mail = view.sent.find((s) => s.subject === 'Votre entretien')!;
    expect(mail.attachments[0]!.event).toEqual({
      summary: 'Entretien <b>PACTE</b>',
      when: '20/11/2025, 14:30 – 15:00',
      location: 'https://visio.example.org/7, salle 2',
      description: '',
      cancelled: false,
    });
    // Only a calendar file is read as one.
    expect(mail.attachments[1]).not.toHaveProperty('event');
    const page = (await get(mail.attachments[0]!.href)).text;
    expect(page).toContain('<h1>Entretien &lt;b&gt;PACTE&lt;/b&gt;</h1><p class="event-when">20/11/2025, 14:30 – 15:00</p>');
    expect(page).toContain('<p>Lieu : https://visio.example.org/7, salle 2</p>');
    expect(page).toContain('<pre>BEGIN:VCALENDAR');
  });
});
