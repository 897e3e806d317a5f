/** « Planifier les soutenances »: each rule of workbook.md › `Jury`, one test at a time. */
import { checkProposal, planDefences, prepareDefences, type DefencePlan, type Placement } from '../../../src/domain/defences';
import { addDays } from '../../../src/domain/dates';
import type { Row, WorkbookRows } from '../../helpers/workbook';
import { cohortOf, contextOf, defenceRows, id, JURY, learner, member, SOUT, thesis } from '../../helpers/defences';

/** Plans, and holds every proposal to the rules the adjustments and the confirmation check. */
function plan(rows: WorkbookRows): DefencePlan {
  const context = contextOf(rows);
  const result = planDefences(context);
  expect(checkProposal(context, result.placements)).toEqual([]);
  return result;
}
const at = (p: Placement) => `${p.day} ${p.start}`;
const brief = (p: Placement) => `${p.learnerId} ${p.day} ${p.start} ${p.jury.join(' + ')}`;

describe('the proposal', () => {
  it('gives every learner a one-hour slot within Horaires and a Président then a Membre, spreading the jury', () => {
    const result = plan(defenceRows(3));
    expect(result.placements.map(brief)).toEqual([
      'C-0001 2026-09-24 540 Anne Morel + Léa Bernard',
      'C-0002 2026-09-24 600 Paul Durand + Marc Petit',
      'C-0003 2026-09-24 660 Anne Morel + Léa Bernard',
    ]);
    expect(result.placements.every((p) => p.origin === 'proposed' && p.sessionId === 'SOUT')).toBe(true);
    expect(result.unplaced).toEqual([]);
    expect(result.updates[0]).toEqual({
      learnerId: 'C-0001',
      cells: { 'Date de soutenance': '2026-09-24', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard' },
    });
    expect(checkProposal(contextOf(defenceRows(3)), result.placements)).toEqual([]);
  });

  it('skips the lunch break and goes on to the next day', () => {
    const starts = plan(defenceRows(8)).placements.map(at);
    expect(starts).toEqual([
      '2026-09-24 540',
      '2026-09-24 600',
      '2026-09-24 660',
      '2026-09-24 810',
      '2026-09-24 870',
      '2026-09-24 930',
      '2026-09-25 540',
      '2026-09-25 600',
    ]);
  });

  it('plans learners Inscrit whose thesis is deposited, and lists those still to deposit', () => {
    const rows = defenceRows(4, {
      candidates: [learner(1), learner(2), learner(3, { Statut: 'Désisté' }), learner(4)],
      theses: [thesis(1), thesis(2, { 'Déposé le': '' }), thesis(3)],
    });
    const result = plan(rows);
    expect(result.placements.map((p) => p.learnerId)).toEqual(['C-0001']);
    expect(result.notDeposited).toEqual(['C-0002', 'C-0004']);
  });
});

describe('rooms: one per session Lieu', () => {
  it('never holds two soutenances in one room at once, though two juries could sit', () => {
    const starts = plan(defenceRows(2)).placements.map(at);
    expect(new Set(starts).size).toBe(2);
  });

  it('runs two sessions with different Lieu side by side, with different juries', () => {
    const result = plan(defenceRows(2, { sessions: [SOUT, { ...SOUT, ID: 'SOUT-B', Lieu: 'Brest' }] }));
    expect(result.placements.map((p) => `${at(p)} ${p.sessionId} ${p.jury.join('+')}`)).toEqual([
      '2026-09-24 540 SOUT-B Anne Morel+Léa Bernard',
      '2026-09-24 540 SOUT Paul Durand+Marc Petit',
    ]);
  });

  it('counts two sessions with the same Lieu (any case) as one room', () => {
    const result = plan(defenceRows(2, { sessions: [SOUT, { ...SOUT, ID: 'SOUT-B', Lieu: ' rennes ' }] }));
    expect(new Set(result.placements.map(at)).size).toBe(2);
  });
});

describe('the jury', () => {
  it('never makes the learner’s own Formateur relais the Président', () => {
    const result = plan(defenceRows(1, { candidates: [learner(1, { 'Formateur relais': 'anne morel' })] }));
    expect(result.placements[0]!.jury[0]).toBe('Paul Durand');
  });

  it('may seat the Formateur relais as a Membre', () => {
    const jury = [member('Paul Durand', 'Président'), member('Léa Bernard', 'Membre')];
    const result = plan(defenceRows(1, { jury, candidates: [learner(1, { 'Formateur relais': 'Léa Bernard' })] }));
    expect(result.placements[0]!.jury).toEqual(['Paul Durand', 'Léa Bernard']);
  });

  it('seats only people available that day (empty Disponibilités: every soutenance day)', () => {
    const jury = [member('Anne Morel', 'Président'), member('Léa Bernard', 'Membre', '25/09/2026')];
    const result = plan(defenceRows(1, { jury }));
    expect(result.placements.map(brief)).toEqual(['C-0001 2026-09-25 540 Anne Morel + Léa Bernard']);
  });

  it('never puts a person in two slots at once', () => {
    // Two rooms, one Président: the second soutenance waits for the next hour.
    const jury = [member('Anne Morel', 'Président'), member('Léa Bernard', 'Membre'), member('Marc Petit', 'Membre')];
    const result = plan(defenceRows(2, { jury, sessions: [SOUT, { ...SOUT, ID: 'SOUT-B', Lieu: 'Brest' }] }));
    expect(result.placements.map(at)).toEqual(['2026-09-24 540', '2026-09-24 600']);
  });
});

describe('soutenances staff typed', () => {
  const typed = (overrides: Row) => defenceRows(3, { theses: [thesis(1, overrides), thesis(2), thesis(3)] });

  it('keeps a soutenance typed whole, writes nothing for it, and plans the others around its room and jury', () => {
    const result = plan(typed({ 'Date de soutenance': '24/09/2026', Heure: '9h30', Jury: 'Paul Durand, Marc Petit' }));
    expect(result.placements.map((p) => `${brief(p)} ${p.origin}`)).toEqual([
      'C-0001 2026-09-24 570 Paul Durand + Marc Petit typed',
      // 9h00 and 10h00 overlap 9h30-10h30 in the one room.
      'C-0002 2026-09-24 660 Anne Morel + Léa Bernard proposed',
      'C-0003 2026-09-24 810 Anne Morel + Léa Bernard proposed',
    ]);
    expect(result.updates.map((u) => u.learnerId)).toEqual(['C-0002', 'C-0003']);
  });

  it('skips a slot whose room a typed soutenance holds, even past slots left free for want of a jury', () => {
    const jury = [member('Anne Morel', 'Président'), member('Léa Bernard', 'Membre', '25/09/2026')];
    const rows = defenceRows(2, {
      jury,
      theses: [thesis(1, { 'Date de soutenance': '25/09/2026', Heure: '9h00', Jury: 'Paul Durand, Marc Petit' }), thesis(2)],
    });
    expect(plan(rows).placements.map(brief)).toEqual([
      'C-0001 2026-09-25 540 Paul Durand + Marc Petit',
      'C-0002 2026-09-25 600 Anne Morel + Léa Bernard',
    ]);
  });

  it('keeps the jury of a typed soutenance busy in another room', () => {
    const rows = typed({ 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard, Marc Petit' });
    const result = plan({ ...rows, sessions: [SOUT, { ...SOUT, ID: 'SOUT-B', Lieu: 'Brest' }] });
    // Paul is free at 9h00 in Brest, but both Membres sit on C-0001's jury.
    expect(result.placements.map(brief).slice(1)).toEqual([
      'C-0002 2026-09-24 600 Paul Durand + Léa Bernard',
      'C-0003 2026-09-24 600 Anne Morel + Marc Petit',
    ]);
  });

  it('proposes only a jury when staff typed the date and time, and writes only Jury', () => {
    const result = plan(typed({ 'Date de soutenance': '25/09/2026', Heure: '14h00' }));
    expect(result.placements.find((p) => p.learnerId === 'C-0001')).toMatchObject({
      day: '2026-09-25',
      start: 840,
      origin: 'timed',
      jury: ['Anne Morel', 'Léa Bernard'],
    });
    expect(result.updates.find((u) => u.learnerId === 'C-0001')).toEqual({
      learnerId: 'C-0001',
      cells: { Jury: 'Anne Morel, Léa Bernard' },
    });
  });

  it('lists a typed time outside every Soutenances session as unplaced, with why', () => {
    const result = plan(typed({ 'Date de soutenance': '01/10/2026', Heure: '14h00' }));
    expect(result.unplaced).toEqual([
      { learnerId: 'C-0001', code: 'outside_sessions', message: expect.stringMatching(/01\/10\/2026 ne tombe dans aucune séance/) },
    ]);
  });

  it('keeps the room and jury of someone no longer Inscrit busy, without showing it', () => {
    const rows = defenceRows(2, {
      candidates: [learner(1, { Statut: 'Désisté' }), learner(2)],
      theses: [thesis(1, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard' }), thesis(2)],
    });
    expect(plan(rows).placements.map(brief)).toEqual(['C-0002 2026-09-24 600 Paul Durand + Marc Petit']);
  });
});

describe('learners who cannot be placed, with the reason', () => {
  const reasons = (rows: WorkbookRows) => plan(rows).unplaced.map((u) => `${u.learnerId} ${u.code}`);

  it('more learners than slots', () => {
    const result = plan(defenceRows(13));
    expect(result.placements).toHaveLength(12);
    expect(result.unplaced).toEqual([
      {
        learnerId: 'C-0013',
        code: 'no_free_slot',
        message: expect.stringMatching(/offrent 12 créneaux d'une heure pour 13 soutenances à placer\. Ajoutez une journée/),
      },
    ]);
  });

  it('no Président, or only their Formateur relais', () => {
    expect(reasons(defenceRows(1, { jury: [member('Léa Bernard', 'Membre')] }))).toEqual(['C-0001 no_president']);
    const onlyRelay = defenceRows(1, {
      jury: [member('Anne Morel', 'Président'), member('Léa Bernard', 'Membre')],
      candidates: [learner(1, { 'Formateur relais': 'Anne Morel' })],
    });
    expect(plan(onlyRelay).unplaced[0]!.message).toMatch(/Anne Morel est son formateur relais et ne peut pas présider/);
    expect(reasons(onlyRelay)).toEqual(['C-0001 relay_only_president']);
  });

  it('fewer members than needed', () => {
    expect(reasons(defenceRows(1, { jury: [member('Anne Morel', 'Président')] }))).toEqual(['C-0001 no_member']);
    // One Président for 12 slots, and 13 learners: the 13th finds no slot, not no jury.
    const oneEach = [member('Anne Morel', 'Président'), member('Léa Bernard', 'Membre', '24/09/2026')];
    expect(reasons(defenceRows(7, { jury: oneEach }))).toEqual(['C-0007 no_member']);
  });

  it('a Président and a Membre never free on the same day', () => {
    const apart = [member('Anne Morel', 'Président', '24/09/2026'), member('Léa Bernard', 'Membre', '25/09/2026')];
    expect(reasons(defenceRows(1, { jury: apart }))).toEqual(['C-0001 no_jury_together']);
  });
});

describe('stability', () => {
  /** What a confirmation writes, applied to the rows by learner ID. */
  function confirm(rows: WorkbookRows, result: DefencePlan): WorkbookRows {
    const byId = new Map(result.updates.map((u) => [u.learnerId, u.cells]));
    return { ...rows, theses: rows.theses!.map((t) => ({ ...t, ...byId.get(String(t['ID apprenant'])) })) };
  }

  it('planning twice gives the same plan; after confirming, planning again changes nothing', () => {
    const rows = defenceRows(9, {
      candidates: Array.from({ length: 9 }, (_, k) => learner(k + 1, { 'Formateur relais': k % 2 ? 'Anne Morel' : '' })),
    });
    const first = plan(rows);
    expect(plan(rows)).toEqual(first);
    const again = plan(confirm(rows, first));
    expect(again.updates).toEqual([]);
    expect(again.unplaced).toEqual([]);
    expect(again.placements).toEqual(first.placements.map((p) => ({ ...p, origin: 'typed' })));
  });

  it('gives the same plan whatever the order of the rows in Candidatures, Mémoires and Jury', () => {
    const rows = defenceRows(7, {
      candidates: Array.from({ length: 7 }, (_, k) => learner(k + 1, { 'Formateur relais': k === 2 ? 'Paul Durand' : '' })),
    });
    const shuffled = {
      ...rows,
      candidates: [...rows.candidates!].reverse(),
      theses: [...rows.theses!].reverse(),
      jury: [JURY[2]!, JURY[1]!, JURY[3]!, JURY[0]!],
    };
    expect(plan(shuffled)).toEqual(plan(rows));
  });
});

describe('speed', () => {
  it('plans 30 soutenances in a few milliseconds, and 300 about ten times slower (linear-ish)', () => {
    // Weeks of five soutenance days, six slots a day.
    const weeks = (n: number) =>
      Array.from({ length: Math.ceil(n / 30) }, (_, w) => ({
        ...SOUT,
        ID: `SOUT-${w}`,
        'Date de début': addDays('2026-09-07', 7 * w),
        'Date de fin': addDays('2026-09-11', 7 * w),
      }));
    const jury = Array.from({ length: 12 }, (_, k) => member(`Personne ${String.fromCharCode(65 + k)}`, k % 3 ? 'Membre' : 'Président'));
    const time = (n: number) => {
      const input = cohortOf(defenceRows(n, { sessions: weeks(n), jury }));
      const started = performance.now();
      const prepared = prepareDefences(input);
      const result = prepared.ok ? planDefences(prepared.context) : undefined;
      const elapsed = performance.now() - started;
      expect(result?.placements).toHaveLength(n);
      return elapsed;
    };
    time(30); // warm-up
    const small = time(30);
    const large = time(300);
    expect(small).toBeLessThan(250);
    expect(large).toBeLessThan(Math.max(2_500, small * 40));
  });
});

it('uses the learner IDs of Candidatures, whatever their spelling in Mémoires', () => {
  const rows = defenceRows(1, { theses: [thesis(1, { 'ID apprenant': ' c-0001 ' })] });
  expect(plan(rows).updates.map((u) => u.learnerId)).toEqual([id(1)]);
  expect(prepareDefences(cohortOf(rows)).ok).toBe(true);
});
