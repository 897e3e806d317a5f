/** Shared by the suites of reminders carrying their document (test/gas/reminders-documents*.test.ts). */
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import type { Cell } from '../../src/workbook/cells';
import { REMINDERS_TAB } from '../../src/workbook/schema';
import { STAFF, filesByKey, register } from './documents';
import { startGas, type Gas } from './gas';
import { candidate, tab, workbook } from './workbook';

export const LEARNERS = [
  { id: 'C-0001', first: 'Yann', last: 'Le Gall' },
  { id: 'C-0002', first: 'Hélène', last: 'Écuyer' },
  { id: 'C-0003', first: 'Aïcha', last: "N'Diaye" },
];
export const convocationKey = (id: string) => `document:convocation:S1:${id}`;
export const reminderKey = (id: string) => `relance:seance-7:${id}:S1`;
export const emailOf = (i: number) => `l${i + 1}@example.org`;
/** Monday 13 October 2025, 7:10 in Paris: Séminaire 1 (16–17 October) is 3 days away. */
export const MONDAY = new Date('2025-10-13T07:10:00+02:00');
export const DAY = 24 * 3600 * 1000;

const ruleRow = (id: string) => {
  const r = DEFAULT_REMINDERS.find((x) => x.id === id)!;
  return { Règle: r.id, Active: true, Quand: r.when, Jours: r.days, Objet: r.subject, Message: r.message };
};

/** Three learners, Séminaire 1, automatic sending on, the J-7 convocation (and the Monday digest unless told). */
export function cohort(options: { rules?: string[]; settings?: Record<string, Cell> } = {}): Gas {
  const tabs = workbook({
    settings: {
      Profil: 'bretagne-2025',
      Équipe: STAFF,
      "Nom de l'expéditeur": 'Équipe PACTE Bretagne',
      'Relances automatiques': true,
      ...options.settings,
    },
    candidates: LEARNERS.map((l, i) => candidate({ ID: l.id, Prénom: l.first, Nom: l.last, 'E-mail': emailOf(i), Statut: 'Inscrit' })),
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
        Formateurs: 'Marie Formatrice',
      },
    ],
  });
  tabs.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, (options.rules ?? ['convocation-j7', 'synthese-equipe']).map(ruleRow)));
  const g = startGas({ user: STAFF, tabs, now: MONDAY });
  g.sim.setUiAvailable(false);
  return g;
}

export const daily = (g: Gas) => g.run('pacteDailyReminders');
export const convocations = (g: Gas) => g.sim.mail.sent().filter((m) => m.subject.startsWith('Convocation'));
export const lastLog = (g: Gas) => g.sim.logs.at(-1)?.message ?? '';

/** Live Docs and PDFs of a key, and its register rows. */
export function documentCounts(g: Gas, key: string): { docs: number; pdfs: number; rows: number } {
  const files = filesByKey(g).get(key);
  return { docs: files?.docs.length ?? 0, pdfs: files?.pdfs.length ?? 0, rows: register(g).filter((r) => r['Clé'] === key).length };
}

export function journalOf(g: Gas): Array<{ action: string; key: string; detail: string }> {
  const [head, ...rows] = g.values('Journal');
  const col = (h: string) => head!.indexOf(h);
  return rows.map((r) => ({
    action: String(r[col('Action')] ?? ''),
    key: String(r[col('Clé')] ?? ''),
    detail: String(r[col('Détail')] ?? ''),
  }));
}
