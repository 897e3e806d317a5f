/**
 * « Planifier les soutenances… » on the simulator: the proposal, adjustments, the confirmation that
 * alone writes `Mémoires` (by `ID apprenant`, one write per contiguous block, typed soutenances
 * kept), a colleague's sort or deletion between the proposal and the confirmation, bad input said in
 * French with nothing written, and `Résultat` picked then eligibility recomputed.
 */
import type { Placement } from '../../src/domain/defences';
import type { DefencesDone, DefencesView } from '../../src/ui/contract';
import { JURY_TAB, THESES_TAB } from '../../src/workbook/schema';
import { defenceRows, id, JURY, member, SOUT, thesis } from '../helpers/defences';
import { startGas, type Gas } from '../helpers/gas';
import { workbook, type WorkbookRows } from '../helpers/workbook';

const STAFF = 'coordination@example.org';
const SETTINGS = { Profil: 'bretagne-2025', Équipe: STAFF };

function cohort(n: number, rows: WorkbookRows = {}): Gas {
  return startGas({
    user: STAFF,
    now: new Date('2026-09-01T10:00:00+02:00'),
    tabs: workbook({ ...defenceRows(n, rows), settings: SETTINGS }),
  });
}

/** A server function as the sidebar calls it: its own execution, the argument through JSON. */
function call<T>(g: Gas, fn: string, arg: unknown): T {
  return g.run(fn, JSON.parse(JSON.stringify(arg))) as T;
}
const load = (g: Gas) => call<DefencesView>(g, 'pacteDefencesLoad', null);
const confirm = (g: Gas, proposal: readonly Placement[]) => call<DefencesDone>(g, 'pacteDefencesConfirm', { proposal });

const sheet = (g: Gas, name: string) => g.sim.spreadsheet.getSheetByName(name)!;

/** A colleague sorts a tab by its first column, Z to A, header kept. */
function sortDescending(g: Gas, name: string): void {
  g.sim.asColleague(() => {
    sheet(g, name).setFrozenRows(1);
    sheet(g, name).sort(1, false);
  });
}

/** `Mémoires` rows keyed by learner ID: date (AAAA-MM-JJ in Paris), time, jury, result. */
function memoires(g: Gas): Map<string, { date: string; time: string; jury: string; result: string }> {
  const [head, ...rows] = g.values(THESES_TAB.name);
  const col = (h: string) => head!.indexOf(h);
  const day = (v: unknown) => (v instanceof Date ? v.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }) : String(v ?? ''));
  return new Map(
    rows
      .filter((r) => r[col('ID apprenant')])
      .map((r) => [
        String(r[col('ID apprenant')]),
        {
          date: day(r[col('Date de soutenance')]),
          time: String(r[col('Heure')] ?? ''),
          jury: String(r[col('Jury')] ?? ''),
          result: String(r[col('Résultat')] ?? ''),
        },
      ]),
  );
}

const expectWritten = (g: Gas, proposal: readonly Placement[]) => {
  const rows = memoires(g);
  for (const p of proposal) {
    const h = Math.floor(p.start / 60);
    const m = p.start % 60;
    expect(rows.get(p.learnerId)).toMatchObject({ date: p.day, time: `${h}h${String(m).padStart(2, '0')}`, jury: p.jury.join(', ') });
  }
};

describe('Planifier les soutenances (server side)', () => {
  it('opens the sidebar from the menu, for staff only', () => {
    const g = cohort(2);
    g.run('pacteOpenDefences');
    expect(g.sim.ui.sidebars.at(-1)!.title).toBe('Soutenances');
    const stranger = startGas({ user: 'stagiaire@example.org', tabs: workbook({ ...defenceRows(2), settings: SETTINGS }) });
    stranger.run('pacteOpenDefences');
    expect(stranger.sim.ui.sidebars).toHaveLength(0);
  });

  it('proposes without writing; the confirmation writes by ID in one block; re-planning changes nothing', () => {
    const g = cohort(6);
    const before = g.workbook();
    const view = load(g);
    expect(view.problems).toEqual([]);
    expect(view.rows).toHaveLength(6);
    expect(view.toWrite).toBe(6);
    expect(view.rows[0]).toMatchObject({ learnerId: id(1), learner: 'Prénom1 Nom1', time: '9h00', origin: 'proposed' });
    expect(view.rows.every((r) => r.jury[0]!.role === 'Président' && r.jury.slice(1).every((j) => j.role === 'Membre'))).toBe(true);
    expect(g.workbook()).toEqual(before); // nothing written by a proposal
    g.sim.calls.reset();
    const done = confirm(g, view.proposal);
    expect(g.sim.calls.byMethod()['Range.setValues']).toBe(1); // one block: 6 rows × Date, Heure, Jury
    expect(done.message).toBe('6 soutenances enregistrées dans « Mémoires ».');
    expectWritten(g, view.proposal);
    expect(g.column('Journal', 'Action')).toContain('Planification des soutenances');
    // Planned again: the same soutenances, now typed, nothing left to write.
    expect(done.view.toWrite).toBe(0);
    expect(done.view.proposal.map(({ origin, ...p }) => p)).toEqual(view.proposal.map(({ origin, ...p }) => p));
    expect(done.view.rows.every((r) => r.origin === 'typed')).toBe(true);
    expect(confirm(g, done.view.proposal).message).toBe('Rien à écrire : chaque soutenance de la proposition est déjà dans « Mémoires ».');
  });

  it('keeps a soutenance staff typed and plans around it', () => {
    const typed = thesis(1, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard' });
    const g = cohort(3, { theses: [typed, thesis(2), thesis(3)] });
    const view = load(g);
    expect(view.rows.find((r) => r.learnerId === id(1))!.origin).toBe('typed');
    expect(view.toWrite).toBe(2);
    const nine = view.proposal.filter((p) => p.day === '2026-09-24' && p.start === 540);
    expect(nine).toHaveLength(1); // one room: nobody else at 9h00
    confirm(g, view.proposal);
    expect(memoires(g).get(id(1))).toMatchObject({ date: '24/09/2026', time: '9h00', jury: 'Anne Morel, Léa Bernard' });
    expectWritten(
      g,
      view.proposal.filter((p) => p.origin === 'proposed'),
    );
  });

  it('moves a learner to a free slot and swaps a member, then writes what staff chose', () => {
    const g = cohort(3);
    const view = load(g);
    const target = view.freeSlots.find((s) => s.day === '2026-09-25' && s.start === 14 * 60 + 30)!;
    const moved = call<DefencesView>(g, 'pacteDefencesAdjust', {
      proposal: view.proposal,
      change: { kind: 'move', learnerId: id(2), sessionId: target.sessionId, day: target.day, start: target.start },
    });
    expect(moved.proposal.find((p) => p.learnerId === id(2))).toMatchObject({ day: '2026-09-25', start: 870 });
    const jury = moved.proposal.find((p) => p.learnerId === id(3))!.jury;
    const outgoing = jury[1]!;
    const incoming = JURY.map((m) => String(m.Nom)).find((n) => n !== outgoing && ['Léa Bernard', 'Marc Petit'].includes(n))!;
    const swapped = call<DefencesView>(g, 'pacteDefencesAdjust', {
      proposal: moved.proposal,
      change: { kind: 'swap', learnerId: id(3), outgoing, incoming },
    });
    expect(swapped.proposal.find((p) => p.learnerId === id(3))!.jury).toEqual([jury[0], incoming]);
    // A Président's seat given to a Membre: refused in French, the proposal unchanged.
    expect(() =>
      call(g, 'pacteDefencesAdjust', {
        proposal: swapped.proposal,
        change: { kind: 'swap', learnerId: id(3), outgoing: jury[0], incoming: outgoing },
      }),
    ).toThrow(/pas de président·e/);
    expect(g.values(THESES_TAB.name)).toEqual(workbook({ ...defenceRows(3), settings: SETTINGS }).get(THESES_TAB.name));
    confirm(g, swapped.proposal);
    expectWritten(g, swapped.proposal);
  });

  it('a colleague sorting Mémoires between proposal and confirmation: every cell lands in its learner’s row', () => {
    const g = cohort(8);
    const view = load(g);
    sortDescending(g, THESES_TAB.name);
    confirm(g, view.proposal);
    expectWritten(g, view.proposal);
    expect([...memoires(g).keys()]).toEqual(Array.from({ length: 8 }, (_, k) => id(8 - k)));
  });

  it('a colleague deleting a Mémoires row, or typing a soutenance, meanwhile: refused, nothing written, nothing lost', () => {
    const g = cohort(5);
    const view = load(g);
    g.sim.asColleague(() => sheet(g, THESES_TAB.name).deleteRow(3)); // C-0002's row
    const after = g.values(THESES_TAB.name);
    expect(() => confirm(g, view.proposal)).toThrow(
      /a changé depuis la proposition[\s\S]*rien n'a été écrit|rien n'a été écrit[\s\S]*a changé/,
    );
    expect(g.values(THESES_TAB.name)).toEqual(after);

    const h = cohort(5);
    const proposal = load(h).proposal;
    h.sim.asColleague(() =>
      sheet(h, THESES_TAB.name)
        .getRange(4, 5, 1, 3)
        .setValues([[new Date('2026-09-25T00:00:00+02:00'), '16h00', 'Paul Durand, Marc Petit']]),
    );
    const typed = h.values(THESES_TAB.name);
    expect(() => confirm(h, proposal)).toThrow(/C-0003 : Le classeur a changé/);
    expect(h.values(THESES_TAB.name)).toEqual(typed);
  });

  it.each<[string, WorkbookRows, RegExp]>([
    ['no Jury tab', { jury: undefined }, /Onglet « Jury » introuvable/],
    [
      'a member without e-mail',
      { jury: [...JURY, { ...member('Rose Blanc', 'Membre'), 'E-mail': '' }] },
      /ligne 6 \(Rose Blanc\) : « E-mail » vide/,
    ],
    ['an unknown Rôle', { jury: [...JURY, member('Rose Blanc', 'Assesseur')] }, /« Rôle » inconnu « Assesseur »/],
    [
      'unreadable Disponibilités',
      { jury: [...JURY, member('Rose Blanc', 'Membre', 'bientôt')] },
      /« Disponibilités » illisibles : « bientôt »/,
    ],
    ['no Soutenances session', { sessions: [{ ...SOUT, Type: 'Séminaire' }] }, /Aucune séance de type « Soutenances »/],
    ['no Horaires', { sessions: [{ ...SOUT, Horaires: '' }] }, /PACTE ne devine pas les heures/],
  ])('%s: said in French with what to change, nothing written', (_, rows, problem) => {
    const g = cohort(3, rows);
    expect(g.sim.peek.sheetNames().includes(JURY_TAB.name)).toBe(!('jury' in rows) || rows.jury !== undefined);
    const view = load(g);
    expect(view.problems.join('\n')).toMatch(problem);
    expect(view.proposal).toEqual([]);
    const good = load(cohort(3)).proposal;
    const before = g.workbook();
    expect(() => confirm(g, good)).toThrow(problem);
    expect(g.workbook()).toEqual(before);
  });

  it('more learners than slots, or too few members: the learners left out are listed with the reason', () => {
    const g = cohort(14);
    const view = load(g);
    expect(view.rows).toHaveLength(12);
    expect(view.unplaced.map((u) => u.learnerId)).toEqual([id(13), id(14)]);
    expect(view.unplaced[0]!.message).toMatch(
      /Plus aucun créneau libre : les séances « Soutenances » offrent 12 créneaux d'une heure pour 14/,
    );
    const few = load(cohort(2, { jury: JURY.filter((m) => m.Rôle === 'Président') }));
    expect(few.rows).toEqual([]);
    expect(few.unplaced.map((u) => u.message)).toEqual([
      expect.stringMatching(/Aucun membre du jury libre/),
      expect.stringMatching(/Aucun membre/),
    ]);
  });

  it('a Résultat picked is written by ID, then eligibility recomputed', () => {
    const g = cohort(3);
    confirm(g, load(g).proposal);
    sortDescending(g, THESES_TAB.name);
    const done = call<DefencesDone>(g, 'pacteDefencesResult', { learnerId: id(2), result: 'Admis' });
    expect(memoires(g).get(id(2))!.result).toBe('Admis');
    expect(memoires(g).get(id(1))!.result).toBe('');
    expect(memoires(g).get(id(3))!.result).toBe('');
    expect(done.message).toMatch(/^Résultat « Admis » enregistré pour C-0002\. 3 apprenant·es : 1 éligible, 2 en cours$/);
    expect(done.view.results.find((r) => r.learnerId === id(2))!.result).toBe('Admis');
    expect(g.column('Éligibilité', 'ID apprenant')).toEqual(expect.arrayContaining([id(1), id(2), id(3)]));
    expect(() => call(g, 'pacteDefencesResult', { learnerId: 'C-9999', result: 'Admis' })).toThrow(/n'a pas de soutenance/);
    expect(() => call(g, 'pacteDefencesResult', { learnerId: id(2), result: 'Reçu' })).toThrow(/Demande invalide \(result\)/);
  });

  it('calls per plan and confirmation do not grow with the soutenances', () => {
    const count = (n: number) => {
      const g = cohort(n);
      g.sim.calls.reset();
      confirm(g, load(g).proposal);
      return g.sim.calls.sequence().length;
    };
    expect(count(30)).toBe(count(5));
  });
});

describe('Résultat typed in Mémoires', () => {
  it('recomputes eligibility (onEdit), and only for that column', () => {
    const g = cohort(2, {
      theses: [thesis(1, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard' }), thesis(2)],
    });
    const head = g.values(THESES_TAB.name)[0]!;
    g.edit(THESES_TAB.name, 2, head.indexOf('Titre') + 1, [['Mémoire corrigé']]);
    expect(g.values('Éligibilité')).toHaveLength(1);
    g.edit(THESES_TAB.name, 2, head.indexOf('Résultat') + 1, [['Admis']]);
    expect(g.column('Éligibilité', 'ID apprenant')).toEqual([id(1), id(2)]);
    expect(g.sim.ui.toasts.at(-1)!.message).toMatch(/^2 apprenant·es : 1 éligible, 1 en cours/);
  });
});

describe('staged: a colleague before each call of the confirmation, up to its read of Mémoires', () => {
  const GESTURES: Record<string, (g: Gas) => void> = {
    sort: (g) => sortDescending(g, THESES_TAB.name),
    deleteRow: (g) => g.sim.asColleague(() => sheet(g, THESES_TAB.name).deleteRow(3)),
    insertRows: (g) => g.sim.asColleague(() => sheet(g, THESES_TAB.name).insertRowsBefore(2, 2)),
  };
  const dry = cohort(5);
  const dryProposal = load(dry).proposal;
  dry.sim.calls.reset();
  confirm(dry, dryProposal);
  const sequence = dry.sim.calls.sequence();
  // Up to the read of `Mémoires` (the last read before the write): the rows written are found there.
  const upToRead = sequence.slice(0, sequence.indexOf('Sheet.getRange'));
  const calls = upToRead.map((method, i): [string, number] => [method, upToRead.slice(0, i + 1).filter((m) => m === method).length]);

  it('covers the confirmation', () => expect(calls.length).toBeGreaterThanOrEqual(14));

  for (const [name, gesture] of Object.entries(GESTURES)) {
    it(`${name}: every cell lands in its learner’s row, or nothing is written`, () => {
      for (const [method, nth] of calls) {
        const g = cohort(5);
        const { proposal } = load(g);
        g.sim.interleave(method, nth, () => gesture(g));
        let refused = false;
        try {
          confirm(g, proposal);
        } catch {
          refused = true;
        }
        const at = `${name} before ${method} #${nth}`;
        if (!refused) expectWritten(g, proposal);
        else expect({ at, written: [...memoires(g).values()].filter((r) => r.jury !== '').length }).toEqual({ at, written: 0 });
        // A deleted row's learner has no soutenance to lose; everyone else's row is theirs.
        expect({ at, refused }).toEqual({ at, refused: name === 'deleteRow' });
      }
    });
  }
});
