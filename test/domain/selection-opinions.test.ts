/** `Avis`: each member's latest valid opinion, counted (workbook.md › Selection). */
import { oneDecimal, readNote, readOpinions, summarizeOpinions } from '../../src/domain/selection/opinions';
import { candidateIndex } from '../../src/domain/selection/slots';
import { opinionRow, selectionCandidate } from '../helpers/selection';

const known = candidateIndex([selectionCandidate({ id: 'C-0001' }), selectionCandidate({ id: 'C-0002', row: 3 })]);
const read = (rows: Parameters<typeof opinionRow>[0][], team?: string[]) =>
  readOpinions(
    rows.map((r, i) => opinionRow({ row: i + 2, ...r })),
    known,
    team ? { team } : {},
  );

describe("a member's opinion is their latest valid row", () => {
  it('latest by Saisi le, whatever the row order', () => {
    const { opinions } = read([
      { opinion: 'Défavorable', enteredAt: '21/11/2025 10:00' },
      { opinion: 'Favorable', enteredAt: '20/11/2025 18:00' },
    ]);
    expect(opinions.map((o) => [o.row, o.opinion])).toEqual([[2, 'Défavorable']]);
  });

  it('row order when Saisi le is equal or empty', () => {
    expect(
      read([
        { opinion: 'Favorable', enteredAt: '20/11/2025' },
        { opinion: 'Réservé', enteredAt: '20/11/2025' },
      ]).opinions.map((o) => o.opinion),
    ).toEqual(['Réservé']);
    expect(read([{ opinion: 'Favorable' }, { opinion: 'Réservé' }]).opinions.map((o) => o.opinion)).toEqual(['Réservé']);
    // A dated row then an undated one typed below: the one below is the member's word.
    expect(
      read([{ opinion: 'Favorable', enteredAt: new Date('2025-11-20T09:00:00Z') }, { opinion: 'Réservé' }]).opinions.map((o) => o.opinion),
    ).toEqual(['Réservé']);
  });

  it('an invalid later row counts for nothing: the earlier valid one stands', () => {
    const { opinions, problems } = read([
      { opinion: 'Favorable', note: 14, enteredAt: '20/11/2025' },
      { opinion: 'Très favorable', enteredAt: '22/11/2025' },
      { opinion: 'Réservé', note: 25, enteredAt: '22/11/2025' },
      { opinion: 'Réservé', note: 'bien', enteredAt: '22/11/2025' },
    ]);
    expect(opinions.map((o) => [o.opinion, o.note])).toEqual([['Favorable', 14]]);
    expect(problems.map((p) => [p.tab, p.row, p.code])).toEqual([
      ['Avis', 3, 'invalid_opinion'],
      ['Avis', 4, 'invalid_note'],
      ['Avis', 5, 'invalid_note'],
    ]);
    expect(problems[0]!.message).toContain('« Très favorable »');
    expect(problems[1]!.message).toMatch(/« 25 ».*entre 0 et 20/);
    expect(problems[2]!.message).toContain('« bien »');
  });

  it('members compare by address or folded name; candidates by ID in any case', () => {
    const { opinions } = read([
      { member: 'ARS Bretagne <ars@example.org>', opinion: 'Favorable' },
      { member: ' ARS@example.org', opinion: 'Défavorable', candidateId: 'c-0001 ' },
      { member: 'Léa Roux', opinion: 'Favorable' },
      { member: 'lea  roux', opinion: 'Réservé' },
    ]);
    expect(opinions.map((o) => [o.row, o.candidateId, o.opinion])).toEqual([
      [3, 'C-0001', 'Défavorable'],
      [5, 'C-0001', 'Réservé'],
    ]);
  });

  it('an unknown candidate, a missing member, an empty Avis: problems; an opinion from outside Équipe when a team is given', () => {
    const { opinions, problems } = read(
      [
        { candidateId: 'C-0099' },
        { member: '' },
        { opinion: '' },
        { member: 'urps@example.org' },
        { member: 'ars@example.org', opinion: 'favorable' },
      ],
      ['ars@example.org'],
    );
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'unknown_candidate'],
      [3, 'opinion_without_member'],
      [4, 'invalid_opinion'],
      [5, 'member_not_in_team'],
    ]);
    expect(opinions.map((o) => [o.row, o.opinion])).toEqual([[6, 'Favorable']]);
  });

  it('reads notes: empty, numbers, decimal commas; refuses 25, -1, « bien »', () => {
    expect([readNote(''), readNote(null), readNote(0), readNote(20), readNote('14,5'), readNote(' 12 ')]).toEqual([
      { note: null },
      { note: null },
      { note: 0 },
      { note: 20 },
      { note: 14.5 },
      { note: 12 },
    ]);
    expect([readNote(25), readNote(-1), readNote('-1'), readNote('bien'), readNote('14/20'), readNote(true)]).toEqual(
      Array(6).fill({ invalid: true }),
    );
  });
});

describe('opinions counted per candidate', () => {
  it('counts each Avis and averages the notes given, one decimal; null without a note', () => {
    const { opinions } = read([
      { member: 'a@example.org', opinion: 'Favorable', note: 14 },
      { member: 'b@example.org', opinion: 'Favorable', note: 15 },
      { member: 'c@example.org', opinion: 'Réservé', note: '' },
      { member: 'd@example.org', opinion: 'Défavorable', note: 14.35 },
      { member: 'a@example.org', opinion: 'Favorable', note: 16, candidateId: 'C-0002' },
      { member: 'a@example.org', opinion: 'Réservé', note: '', candidateId: 'C-0002' },
    ]);
    const summaries = summarizeOpinions(opinions);
    expect(summaries.get('c-0001')).toMatchObject({ avis: { Favorable: 2, Réservé: 1, Défavorable: 1 }, note: 14.5 });
    // C-0002: a@'s latest opinion has no note; the older note of 16 is not counted.
    expect(summaries.get('c-0002')).toMatchObject({ avis: { Favorable: 0, Réservé: 1, Défavorable: 0 }, note: null });
  });

  it('rounds to one decimal without binary noise', () => {
    expect([oneDecimal(14.45), oneDecimal(43.35 / 3), oneDecimal(13 + 1 / 3), oneDecimal(12)]).toEqual([14.5, 14.5, 13.3, 12]);
  });
});
