/** `Horaires` of the `Soutenances` sessions, read into one-hour slots; no `Horaires` is a problem. */
import { parseHours, prepareDefences, readDefenceSessions, slotStarts } from '../../../src/domain/defences';
import { allSlots } from '../../../src/domain/defences/schedule';
import { readSessions } from '../../../src/workbook/cohort';
import { readTable } from '../../../src/workbook/table';
import { SESSIONS_TAB } from '../../../src/workbook/schema';
import { tab, type Row } from '../../helpers/workbook';
import { SOUT, cohortOf, defenceRows } from '../../helpers/defences';

const sessions = (rows: Row[]) => readSessions(readTable(tab(SESSIONS_TAB, rows), SESSIONS_TAB));

describe('parseHours', () => {
  it.each([
    [
      '9h00-12h30 / 13h30-17h00',
      [
        [540, 750],
        [810, 1020],
      ],
    ],
    [
      '9h-12h30/13h30-17h',
      [
        [540, 750],
        [810, 1020],
      ],
    ],
    [
      '09:00 – 12:30 ; 14:00 – 16:00',
      [
        [540, 750],
        [840, 960],
      ],
    ],
    [
      '9h à 12h et 14h à 16h',
      [
        [540, 720],
        [840, 960],
      ],
    ],
    [
      '14h00-17h00 / 9h00-12h00',
      [
        [540, 720],
        [840, 1020],
      ],
    ],
    ['9h00-17h00', [[540, 1020]]],
  ])('reads %p', (text, ranges) => {
    expect(parseHours(text)?.map((r) => [r.start, r.end])).toEqual(ranges);
  });

  it.each(['', 'matin et après-midi', '9h00', '12h30-9h00', '9h00-12h30 / 12h00-17h00', '9h-25h', '/'])('refuses %p', (text) => {
    expect(parseHours(text)).toBeUndefined();
  });

  it('cuts one-hour slots within each range, never across the lunch break', () => {
    expect(slotStarts(parseHours('9h00-12h30 / 13h30-17h00')!)).toEqual([540, 600, 660, 810, 870, 930]);
    expect(slotStarts(parseHours('9h00-10h00')!)).toEqual([540]);
    expect(slotStarts(parseHours('9h00-9h59')!)).toEqual([]);
  });
});

describe('the Soutenances sessions', () => {
  it('gives every day of every session its slots, by day, time then room', () => {
    const { sessions: read, problems } = readDefenceSessions(
      sessions([
        { ...SOUT, ID: 'B', Lieu: 'Brest', 'Date de fin': '24/09/2026', Horaires: '9h-11h' },
        { ...SOUT, ID: 'A', Lieu: 'Angers', 'Date de fin': '', Horaires: '10h-11h' },
        { ID: 'S1', Intitulé: 'Séminaire', Type: 'Séminaire', 'Date de début': '24/09/2026', Obligatoire: true, Horaires: '9h-17h' },
      ]),
    );
    expect(problems).toEqual([]);
    expect(allSlots(read).map((s) => `${s.day} ${s.start} ${s.sessionId}`)).toEqual([
      '2026-09-24 540 B',
      '2026-09-24 600 A',
      '2026-09-24 600 B',
    ]);
  });

  it('reads the Type in any case and accents', () => {
    expect(readDefenceSessions(sessions([{ ...SOUT, Type: ' soutenances ' }])).sessions.map((s) => s.id)).toEqual(['SOUT']);
  });

  it.each<[string, Row[], string, RegExp]>([
    ['no Soutenances session', [{ ...SOUT, Type: 'Séminaire' }], 'no_defence_session', /Aucune séance de type « Soutenances »/],
    ['no Horaires', [{ ...SOUT, Horaires: '' }], 'session_without_hours', /« Horaires » vide.*ne devine pas/],
    [
      'unreadable Horaires',
      [{ ...SOUT, Horaires: 'toute la journée' }],
      'session_hours_unreadable',
      /illisibles \(« toute la journée »\).*9h00-12h30/,
    ],
    ['Horaires shorter than an hour', [{ ...SOUT, Horaires: '9h00-9h45' }], 'session_hours_too_short', /aucun créneau d'une heure/],
    ['no dates', [{ ...SOUT, 'Date de début': '', 'Date de fin': '' }], 'session_without_dates', /« Date de début » vide ou illisible/],
    ['no ID', [{ ...SOUT, ID: '' }], 'session_without_id', /ligne 2 .* sans « ID »/],
    ['an ID twice', [SOUT, { ...SOUT, Lieu: 'Brest' }], 'session_without_id', /ligne 3 .*« SOUT » figure déjà/],
  ])('%s: a problem that says what to change, and no plan', (_name, rows, code, message) => {
    const prepared = prepareDefences(cohortOf(defenceRows(2, { sessions: rows })));
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems).toEqual([{ code, message: expect.stringMatching(message) }]);
  });
});
