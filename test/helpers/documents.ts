/** Shared by the documents suites (test/gas/documents*.test.ts): a cohort, the sidebar's loop, what Drive and the register hold. */
import { DOC_MIME, PDF_MIME, type DriveFile } from '../../sim';
import type { DocumentsProgress, DocumentsRequest } from '../../src/ui/contract';
import type { Cell } from '../../src/workbook/cells';
import { startGas, type Gas } from './gas';
import { candidate, workbook, type WorkbookRows } from './workbook';

export const STAFF = 'coordination@example.org';
export const NAMES = [
  ['Yann', 'Le Gall'],
  ['Hélène', 'Écuyer'],
  ['Aïcha', "N'Diaye"],
  ['Louis', 'Bernard'],
  ['Chloé', 'Dubois'],
  ['Marc', 'Petit'],
  ['Inès', 'Moreau'],
  ['Paul', 'Lefèvre'],
  ['=1+1', 'Roux'],
  ['Anne', '{{nom}}'],
];
export const CONVOCATIONS: DocumentsRequest = { kind: 'convocation', sessionId: 'S1' };

export function cohort(
  n: number,
  options: {
    session?: Record<string, unknown>;
    names?: string[][];
    extraTabs?: Record<string, Cell[][]>;
    /** More rows: `Paramètres` keys, sessions after S1, `Mémoires`, `Jury`. */
    more?: Pick<WorkbookRows, 'settings' | 'sessions' | 'theses' | 'jury' | 'attendance'>;
  } = {},
): Gas {
  const names = options.names ?? NAMES;
  const candidates = Array.from({ length: n }, (_, i) => {
    const [first, last] = names[i] ?? [`Prénom${i}`, `Nom${String(i).padStart(3, '0')}`];
    return candidate({
      ID: `C-${String(i + 1).padStart(4, '0')}`,
      Prénom: first,
      Nom: last,
      'E-mail': `l${i}@example.org`,
      Statut: 'Inscrit',
    });
  });
  const tabs = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: STAFF, "Nom de l'expéditeur": 'Équipe PACTE Bretagne', ...options.more?.settings },
    candidates,
    sessions: [
      {
        ID: 'S1',
        Intitulé: 'Séminaire 1',
        Type: 'Séminaire',
        'Date de début': '16/10/2025',
        'Date de fin': '17/10/2025',
        Lieu: 'Rennes',
        Obligatoire: true,
        Horaires: '9h00-12h30 / 13h30-17h00',
        Formateurs: 'Marie Formatrice, Paul Relais',
        ...options.session,
      },
      ...(options.more?.sessions ?? []),
    ],
    ...(options.more?.theses && { theses: options.more.theses }),
    ...(options.more?.jury && { jury: options.more.jury }),
    ...(options.more?.attendance && { attendance: options.more.attendance }),
  });
  for (const [name, rows] of Object.entries(options.extraTabs ?? {})) tabs.set(name, rows);
  return startGas({ user: STAFF, tabs });
}

/** The sidebar's loop: call until finished (a thrown call is shown, then the next click resumes). */
export function makeAll(
  g: Gas,
  request: DocumentsRequest = CONVOCATIONS,
  maxCalls = 30,
): { last: DocumentsProgress | null; made: number; calls: number; thrown: string[] } {
  let last: DocumentsProgress | null = null;
  let made = 0;
  const thrown: string[] = [];
  for (let calls = 1; calls <= maxCalls; calls++) {
    try {
      last = g.run('pacteDocumentsMake', request) as DocumentsProgress;
      made += last.made;
      if (last.finished || (last.made === 0 && last.failed === 0)) return { last, made, calls, thrown };
    } catch (error) {
      thrown.push((error as Error).message);
    }
  }
  return { last, made, calls: maxCalls, thrown };
}

export const live = (g: Gas) => g.sim.drive.files().filter((f) => !f.trashed);
export const keyOf = (f: DriveFile) => f.appProperties['pacte'];

/** Live Docs and PDFs per key (Drive's appProperties). */
export function filesByKey(g: Gas): Map<string, { docs: DriveFile[]; pdfs: DriveFile[] }> {
  const out = new Map<string, { docs: DriveFile[]; pdfs: DriveFile[] }>();
  for (const f of live(g)) {
    const key = keyOf(f);
    if (!key) continue;
    const entry = out.get(key) ?? { docs: [], pdfs: [] };
    if (f.mimeType === DOC_MIME) entry.docs.push(f);
    if (f.mimeType === PDF_MIME) entry.pdfs.push(f);
    out.set(key, entry);
  }
  return out;
}

export function register(g: Gas): Array<Record<string, Cell>> {
  const [head, ...rows] = g.values('Documents');
  return rows
    .filter((r) => String(r[head!.indexOf('Clé')] ?? '').startsWith('document:'))
    .map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]])));
}

export const setting = (g: Gas, key: string) => String(g.values('Paramètres').find((r) => r[0] === key)?.[1] ?? '');
export const fileId = (url: string) => url.match(/\/d\/([^/]+)/)![1]!;
const DRIVE_CALL = /^(Drive|Docs|UrlFetchApp)\./;
export const driveCalls = (g: Gas) =>
  Object.entries(g.sim.calls.byMethod())
    .filter(([k]) => DRIVE_CALL.test(k))
    .reduce((n, [, v]) => n + v, 0);

/**
 * Every key of `keys` has exactly one live Doc and one live PDF (the PDF naming that Doc), the
 * register one row per key, `Créé`, whose links are those files.
 */
export function expectOnePairPerKey(g: Gas, keys: readonly string[]): void {
  const byKey = filesByKey(g);
  for (const key of keys) {
    const f = byKey.get(key);
    if (f?.docs.length !== 1 || f.pdfs.length !== 1) {
      throw new Error(`${key}: ${f?.docs.length ?? 0} Doc(s) and ${f?.pdfs.length ?? 0} PDF(s) in Drive, 1 and 1 expected`);
    }
    if (f.pdfs[0]!.appProperties['pacteDoc'] !== f.docs[0]!.id) throw new Error(`${key}: the PDF is not the Doc's`);
  }
  const rows = register(g);
  for (const key of keys) {
    const mine = rows.filter((r) => r['Clé'] === key);
    if (mine.length !== 1) throw new Error(`${key}: ${mine.length} register rows, 1 expected`);
    if (mine[0]!['État'] !== 'Créé') throw new Error(`${key}: État ${String(mine[0]!['État'])} (${String(mine[0]!['Détail'])})`);
    const doc = byKey.get(key)!.docs[0]!;
    if (!String(mine[0]!['Document']).includes(doc.id)) throw new Error(`${key}: the register links another Doc`);
  }
  if (rows.length !== keys.length) throw new Error(`${rows.length} register rows, ${keys.length} expected`);
}
