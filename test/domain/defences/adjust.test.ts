/** Staff adjust the proposal: each change is checked again as a whole, refused with why, or kept. */
import * as z from 'zod/mini';
import {
  checkProposal,
  freeSlots,
  placementSchema,
  moveDefence,
  planDefences,
  setJury,
  swapJuryMember,
  type DefenceContext,
  type Placement,
} from '../../../src/domain/defences';
import type { WorkbookRows } from '../../helpers/workbook';
import { contextOf, defenceRows, learner, member, SOUT, thesis } from '../../helpers/defences';

const brief = (p: Placement) => `${p.learnerId} ${p.day} ${p.start} ${p.jury.join(' + ')} ${p.origin}`;

function setup(rows: WorkbookRows = defenceRows(3)): { context: DefenceContext; proposal: Placement[] } {
  const context = contextOf(rows);
  return { context, proposal: planDefences(context).placements };
}

function refused(result: ReturnType<typeof moveDefence>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.messages;
}

describe('moving a learner', () => {
  it('moves to a free slot with the jury when it can sit then', () => {
    const { context, proposal } = setup();
    const result = moveDefence(context, proposal, 'C-0001', { sessionId: 'SOUT', day: '2026-09-25', start: 810 });
    expect(result.ok && result.placements.map(brief)).toEqual([
      'C-0002 2026-09-24 600 Paul Durand + Marc Petit proposed',
      'C-0003 2026-09-24 660 Anne Morel + Léa Bernard proposed',
      'C-0001 2026-09-25 810 Anne Morel + Léa Bernard proposed',
    ]);
  });

  it('accepts any start within Horaires (9h30), not only the slots proposed', () => {
    const { context, proposal } = setup(defenceRows(1));
    const result = moveDefence(context, proposal, 'C-0001', { sessionId: 'SOUT', day: '2026-09-24', start: 570 });
    expect(result.ok && result.placements.map(brief)).toEqual(['C-0001 2026-09-24 570 Anne Morel + Léa Bernard proposed']);
  });

  it('gives the learner a jury free at the new time when theirs is not', () => {
    const rows = defenceRows(2, {
      jury: [
        member('Anne Morel', 'Président'),
        member('Paul Durand', 'Président', '24/09/2026'),
        member('Léa Bernard', 'Membre'),
        member('Marc Petit', 'Membre'),
      ],
    });
    const { context, proposal } = setup(rows);
    expect(proposal.map(brief)[1]).toBe('C-0002 2026-09-24 600 Paul Durand + Marc Petit proposed');
    const result = moveDefence(context, proposal, 'C-0002', { sessionId: 'SOUT', day: '2026-09-25', start: 540 });
    expect(result.ok && result.placements.map(brief)[1]).toBe('C-0002 2026-09-25 540 Anne Morel + Marc Petit proposed');
  });

  it.each([
    [
      'a slot whose room is taken',
      { sessionId: 'SOUT', day: '2026-09-24', start: 630 },
      /La salle est déjà prise le 24\/09\/2026 à 10h30 \(soutenance de C-0002\)/,
    ],
    [
      'a time outside Horaires',
      { sessionId: 'SOUT', day: '2026-09-24', start: 720 },
      /Le 24\/09\/2026 à 12h00 n'est pas dans les « Horaires »/,
    ],
    [
      'a day outside the session',
      { sessionId: 'SOUT', day: '2026-09-26', start: 540 },
      /26\/09\/2026 à 9h00 n'est pas dans les « Horaires »/,
    ],
    ['an unknown session', { sessionId: 'AUTRE', day: '2026-09-24', start: 540 }, /n'est pas dans les « Horaires »/],
  ])('refuses %s, and changes nothing', (_name, to, message) => {
    const { context, proposal } = setup();
    const before = JSON.stringify(proposal);
    const messages = refused(moveDefence(context, proposal, 'C-0001', to));
    expect(messages[0]).toMatch(message);
    expect(messages.filter((m) => /^C-000\d :/.test(m))).toEqual([]); // said for the learner moved, not echoed for the others
    expect(JSON.stringify(proposal)).toBe(before);
  });

  it('refuses when nobody can sit then, saying why', () => {
    const rows = defenceRows(1, { jury: [member('Anne Morel', 'Président', '24/09/2026'), member('Léa Bernard', 'Membre')] });
    const { context, proposal } = setup(rows);
    expect(refused(moveDefence(context, proposal, 'C-0001', { sessionId: 'SOUT', day: '2026-09-25', start: 540 }))).toEqual([
      expect.stringMatching(/Anne Morel n'est pas disponible le 25\/09\/2026/),
    ]);
  });

  it('never moves a soutenance staff typed, nor one whose time they typed', () => {
    const rows = defenceRows(2, {
      theses: [
        thesis(1, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard' }),
        thesis(2, { 'Date de soutenance': '25/09/2026', Heure: '9h00' }),
      ],
    });
    const { context, proposal } = setup(rows);
    for (const learnerId of ['C-0001', 'C-0002']) {
      expect(refused(moveDefence(context, proposal, learnerId, { sessionId: 'SOUT', day: '2026-09-24', start: 810 }))).toEqual([
        expect.stringMatching(/saisie dans « Mémoires »/),
      ]);
    }
  });
});

describe('swapping a member', () => {
  it('puts a free member of the same role in the seat', () => {
    const { context, proposal } = setup(defenceRows(1));
    const result = swapJuryMember(context, proposal, 'C-0001', 'léa bernard', ' marc PETIT ');
    expect(result.ok && result.placements.map(brief)).toEqual(['C-0001 2026-09-24 540 Anne Morel + Marc Petit proposed']);
  });

  it('lets staff swap the jury of a time they typed', () => {
    const { context, proposal } = setup(defenceRows(1, { theses: [thesis(1, { 'Date de soutenance': '25/09/2026', Heure: '9h00' })] }));
    const result = swapJuryMember(context, proposal, 'C-0001', 'Anne Morel', 'Paul Durand');
    expect(result.ok && result.placements.map(brief)).toEqual(['C-0001 2026-09-25 540 Paul Durand + Léa Bernard timed']);
  });

  it.each([
    [
      'a person sitting elsewhere then',
      'C-0002',
      'Marc Petit',
      'Léa Bernard',
      /^Léa Bernard siège déjà au même moment à la soutenance de C-0001 \(le 24\/09\/2026 à 9h00\)/,
    ],
    ['someone not in Jury', 'C-0001', 'Léa Bernard', 'Jean Roux', /« Jean Roux » n'est pas dans l'onglet « Jury »/],
    ['the only Membre away: no Membre left', 'C-0001', 'Léa Bernard', 'Paul Durand', /Le jury n’a aucun membre/],
    ['someone already on the jury', 'C-0001', 'Léa Bernard', 'Anne Morel', /Anne Morel figure deux fois/],
    ['a name not on the jury', 'C-0001', 'Jean Roux', 'Marc Petit', /« Jean Roux » ne fait pas partie de ce jury/],
  ])('refuses %s', (_name, learnerId, outgoing, incoming, message) => {
    const { context, proposal } = setup(defenceRows(2, { sessions: [SOUT, { ...SOUT, ID: 'SOUT-B', Lieu: 'Brest' }] }));
    const messages = refused(swapJuryMember(context, proposal, learnerId, outgoing, incoming));
    expect(messages).toContainEqual(expect.stringMatching(message));
  });

  it('refuses the Formateur relais as the only Président', () => {
    const { context, proposal } = setup(defenceRows(1, { candidates: [learner(1, { 'Formateur relais': 'Paul Durand' })] }));
    expect(refused(swapJuryMember(context, proposal, 'C-0001', 'Anne Morel', 'Paul Durand'))).toEqual([
      expect.stringMatching(/pas de président·e .* pas le formateur relais/),
    ]);
  });

  it('adds a second Membre with setJury', () => {
    const { context, proposal } = setup(defenceRows(1));
    const result = setJury(context, proposal, 'C-0001', ['Anne Morel', 'Léa Bernard', 'marc petit']);
    expect(result.ok && result.placements[0]!.jury).toEqual(['Anne Morel', 'Léa Bernard', 'Marc Petit']);
  });
});

describe('checking a proposal sent back', () => {
  it('says the workbook changed when a soutenance was typed meanwhile', () => {
    const { proposal } = setup(defenceRows(2));
    const now = contextOf(
      defenceRows(2, {
        theses: [thesis(1, { 'Date de soutenance': '25/09/2026', Heure: '14h00', Jury: 'Paul Durand, Marc Petit' }), thesis(2)],
      }),
    );
    expect(checkProposal(now, proposal)).toEqual([{ learnerId: 'C-0001', message: expect.stringMatching(/Le classeur a changé/) }]);
  });

  it('takes soutenances typed whole from the workbook, never from the proposal', () => {
    const rows = defenceRows(2, {
      theses: [thesis(1, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Anne Morel, Léa Bernard' }), thesis(2)],
    });
    const { context, proposal } = setup(rows);
    const forged = proposal.map((p) => (p.origin === 'typed' ? { ...p, start: 930 } : p));
    const moved = forged.map((p) => (p.learnerId === 'C-0002' ? { ...p, start: 540, jury: ['Anne Morel', 'Marc Petit'] } : p));
    expect(checkProposal(context, moved).map((v) => v.message)).toEqual([
      expect.stringMatching(/La salle est déjà prise le 24\/09\/2026 à 9h00 \(soutenance de C-0001\)/),
      expect.stringMatching(/Anne Morel siège déjà/),
    ]);
  });

  it('survives the JSON round trip to the sidebar, and its schema refuses a forged placement', () => {
    const { proposal } = setup(
      defenceRows(3, { theses: [thesis(1, { 'Date de soutenance': '25/09/2026', Heure: '9h00' }), thesis(2), thesis(3)] }),
    );
    const schema = z.array(placementSchema);
    expect(schema.parse(JSON.parse(JSON.stringify(proposal)))).toEqual(proposal);
    expect(schema.safeParse([{ ...proposal[0], start: 1440 }]).success).toBe(false);
    expect(schema.safeParse([{ ...proposal[0], day: '2026-02-30' }]).success).toBe(false);
    expect(schema.safeParse([{ ...proposal[0], origin: 'moved' }]).success).toBe(false);
    expect(schema.safeParse([{ ...proposal[0], extra: 1 }]).success).toBe(false);
  });

  it('lists the free slots a soutenance may move to', () => {
    const { context, proposal } = setup(defenceRows(10));
    expect(freeSlots(context, proposal)).toEqual([
      { sessionId: 'SOUT', day: '2026-09-25', start: 870 },
      { sessionId: 'SOUT', day: '2026-09-25', start: 930 },
    ]);
  });
});
