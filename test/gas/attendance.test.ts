import { demoGas, type Gas } from '../helpers/gas';
import type { AttendanceSaveRequest, AttendanceView } from '../../src/ui/contract';

/** Calls a server function as the sidebar does: through google.script.run (JSON, async). */
function call<T>(g: Gas, fn: string, arg: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = g.sim.scriptRun(g.gas) as Record<string, (...a: unknown[]) => unknown> & { withSuccessHandler(f: unknown): any };
    run.withSuccessHandler(resolve).withFailureHandler(reject)[fn](arg);
  });
}

/** The evening of Séminaire 3's last day: its four half-days have happened and can be recorded. */
const AFTER_S3 = new Date('2026-02-06T18:00:00+01:00');
function demoAfterS3(): Gas {
  const g = demoGas({ size: 12 });
  g.sim.clock.set(AFTER_S3);
  return g;
}

function attendanceRows(g: Gas) {
  return g.values('Présences').slice(1);
}

describe('Saisir les présences (server side)', () => {
  it('opens the sidebar from the menu, for staff only', () => {
    const g = demoGas({ size: 12 });
    g.run('pacteOpenAttendance');
    expect(g.sim.ui.sidebars).toHaveLength(1);
    expect(g.sim.ui.sidebars[0]!.title).toBe('Saisir les présences');
    expect(g.sim.ui.sidebars[0]!.html).toContain('<script>');
    const stranger = demoGas({ size: 12, user: 'stagiaire@example.org' });
    stranger.run('pacteOpenAttendance');
    expect(stranger.sim.ui.sidebars).toHaveLength(0);
    expect(stranger.sim.ui.alerts.at(-1)!.message).toMatch(/ne figure pas dans la liste « Équipe »/);
  });

  it('shows the half-day in progress, else the latest one that happened, with the enrolled learners pre-filled', async () => {
    const g = demoGas({ size: 12 });
    g.sim.clock.set(new Date('2025-12-11T14:30:00+01:00'));
    const view = await call<AttendanceView>(g, 'pacteAttendanceLoad', null);
    expect(view.selected).toEqual({ sessionId: 'S2', day: '2025-12-11', halfDay: 'Après-midi' });
    expect(view.learners).toHaveLength(3);
    expect(view.learners.every((l) => ['Présent', 'Retard', 'Absent excusé', 'Absent', ''].includes(l.status))).toBe(true);
    expect(view.learners.some((l) => l.status !== '')).toBe(true);
    expect(view.sessions.find((s) => s.id === 'S2')!.days).toEqual([
      { day: '2025-12-11', label: 'jeudi 11 décembre 2025' },
      { day: '2025-12-12', label: 'vendredi 12 décembre 2025' },
    ]);
    expect(view.future).toBe(false);
    // The playground's clock: Séminaire 3 (05/02/2026) is three weeks ahead, Séminaire 2 happened.
    g.sim.clock.set(new Date('2026-01-15T09:00:00+01:00'));
    const latest = await call<AttendanceView>(g, 'pacteAttendanceLoad', null);
    expect(latest.selected).toEqual({ sessionId: 'S2', day: '2025-12-12', halfDay: 'Après-midi' });
    expect(latest.future).toBe(false);
    const ahead = await call<AttendanceView>(g, 'pacteAttendanceLoad', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin' });
    expect(ahead.future).toBe(true);
    expect(ahead.missing).toEqual([]);
  });

  it('saves a half-day in one batch, upserting by learner, session, date and half-day', async () => {
    const g = demoAfterS3();
    const view = await call<AttendanceView>(g, 'pacteAttendanceLoad', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin' });
    const before = attendanceRows(g).length;
    const marks = view.learners.map((l, i) => ({ learnerId: l.id, status: i === 0 ? 'Retard' : 'Présent' }));
    const request: AttendanceSaveRequest = {
      sessionId: 'S3',
      day: '2026-02-05',
      halfDay: 'Matin',
      marks: marks as AttendanceSaveRequest['marks'],
    };
    const result = await call<{ saved: number; message: string }>(g, 'pacteAttendanceSave', request);
    expect(result).toEqual({ saved: 3, message: '3 présences enregistrées pour S3, jeudi 5 février, matin', refused: [] });
    const rows = attendanceRows(g);
    expect(rows).toHaveLength(before + 3);
    const added = rows.slice(before);
    expect(added.map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual(
      marks.map((m) => [m.learnerId, 'S3', 'Matin', m.status, 'coordination@example.org']),
    );
    expect(added.every((r) => r[6] instanceof Date)).toBe(true);
    // Saving again with a change updates the same rows.
    marks[1]!.status = 'Absent excusé';
    await call(g, 'pacteAttendanceSave', { ...request, marks });
    expect(attendanceRows(g)).toHaveLength(before + 3);
    expect(attendanceRows(g)[before + 1]![4]).toBe('Absent excusé');
    const reloaded = await call<AttendanceView>(g, 'pacteAttendanceLoad', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin' });
    expect(new Map(reloaded.learners.map((l) => [l.id, l.status]))).toEqual(new Map(marks.map((m) => [m.learnerId, m.status])));
    expect(g.values('Journal').at(-1)![1]).toBe('Saisie des présences');
  });

  it('loses nothing when two staff save the same half-day from views loaded at the same time', async () => {
    const g = demoAfterS3();
    const sel = { sessionId: 'S3', day: '2026-02-06', halfDay: 'Après-midi' } as const;
    const view = await call<AttendanceView>(g, 'pacteAttendanceLoad', sel);
    const [a, b, c] = view.learners.map((l) => l.id);
    await call(g, 'pacteAttendanceSave', {
      ...sel,
      marks: [
        { learnerId: a, status: 'Présent' },
        { learnerId: b, status: 'Présent' },
      ],
    });
    g.sim.setUserEmail('secretariat@example.org');
    // The second colleague is still holding the lock for 3 s: this save waits, then re-reads.
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 3000);
    await call(g, 'pacteAttendanceSave', {
      ...sel,
      marks: [
        { learnerId: b, status: 'Retard' },
        { learnerId: c, status: 'Absent' },
      ],
    });
    const rows = attendanceRows(g).filter((r) => r[1] === 'S3' && r[3] === 'Après-midi');
    expect(rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      [a, 'Présent', 'coordination@example.org'],
      [b, 'Retard', 'secretariat@example.org'],
      [c, 'Absent', 'secretariat@example.org'],
    ]);
  });

  it('answers a held lock with the French message and writes nothing', async () => {
    const g = demoAfterS3();
    const view = await call<AttendanceView>(g, 'pacteAttendanceLoad', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin' });
    g.sim.locks.holdDocumentLock();
    const before = g.workbook();
    await expect(
      call(g, 'pacteAttendanceSave', {
        sessionId: 'S3',
        day: '2026-02-05',
        halfDay: 'Matin',
        marks: [{ learnerId: view.learners[0]!.id, status: 'Présent' }],
      }),
    ).rejects.toThrow(new Error("Un autre membre de l'équipe enregistre en ce moment, réessayez dans quelques secondes."));
    expect(g.workbook()).toEqual(before);
  });

  it.each([
    [
      'an unknown learner',
      { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin', marks: [{ learnerId: 'C-9999', status: 'Présent' }] },
      /Apprenant·e inconnu·e ou non inscrit·e : « C-9999 »/,
    ],
    [
      'an unknown session',
      { sessionId: 'S9', day: '2026-02-05', halfDay: 'Matin', marks: [{ learnerId: 'C-0001', status: 'Présent' }] },
      /Séance inconnue : « S9 »/,
    ],
    [
      'a date outside the session',
      { sessionId: 'S3', day: '2026-02-07', halfDay: 'Matin', marks: [{ learnerId: 'C-0001', status: 'Présent' }] },
      /Le 07\/02\/2026 ne fait pas partie de la séance S3 \(du 05\/02\/2026 au 06\/02\/2026\)/,
    ],
    [
      'an unknown status',
      { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin', marks: [{ learnerId: 'C-0001', status: 'Présente' }] },
      /Données reçues invalides \(marks\.0\.status\)/,
    ],
    [
      'an unknown half-day',
      { sessionId: 'S3', day: '2026-02-05', halfDay: 'Soir', marks: [{ learnerId: 'C-0001', status: 'Présent' }] },
      /Données reçues invalides \(halfDay\)/,
    ],
    [
      'an impossible date',
      { sessionId: 'S3', day: '2026-02-31', halfDay: 'Matin', marks: [{ learnerId: 'C-0001', status: 'Présent' }] },
      /Données reçues invalides \(day\)/,
    ],
    ['a payload of the wrong shape', [1, 2, 3], /Données reçues invalides/],
    ['an extra field', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin', marks: [], admin: true }, /Données reçues invalides/],
  ])('refuses %s with a French message, writing nothing', async (_name, payload, message) => {
    const g = demoAfterS3();
    const before = g.workbook();
    await expect(call(g, 'pacteAttendanceSave', payload)).rejects.toThrow(message);
    expect(g.workbook()).toEqual(before);
  });

  it('refuses a half-day that has not started yet, on the server, writing nothing', async () => {
    const g = demoGas({ size: 12 }); // 15/01/2026 10:00 Paris
    const view = await call<AttendanceView>(g, 'pacteAttendanceLoad', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin' });
    const before = g.workbook();
    const marks = view.learners.map((l) => ({ learnerId: l.id, status: 'Présent' }));
    await expect(call(g, 'pacteAttendanceSave', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin', marks })).rejects.toThrow(
      new Error(
        "Le jeudi 5 février 2026, matin n'a pas encore eu lieu : les présences se saisissent pendant ou après la demi-journée (l'après-midi commence à 13 h). Rien n'a été enregistré.",
      ),
    );
    expect(g.workbook()).toEqual(before);
    // The morning in progress can be saved; its afternoon only from 13:00 Paris time.
    g.sim.clock.set(new Date('2026-02-05T12:59:00+01:00'));
    await call(g, 'pacteAttendanceSave', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin', marks });
    await expect(call(g, 'pacteAttendanceSave', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Après-midi', marks })).rejects.toThrow(
      /n'a pas encore eu lieu/,
    );
    g.sim.clock.set(new Date('2026-02-05T13:00:00+01:00'));
    await expect(
      call(g, 'pacteAttendanceSave', { sessionId: 'S3', day: '2026-02-05', halfDay: 'Après-midi', marks }),
    ).resolves.toMatchObject({ saved: marks.length });
  });

  it('names the half-days of the session that happened and still lack a status for enrolled learners', async () => {
    const g = demoGas({ size: 12 });
    g.sim.clock.set(new Date('2026-02-05T14:00:00+01:00'));
    const view = await call<AttendanceView>(g, 'pacteAttendanceLoad', null);
    expect(view.selected).toEqual({ sessionId: 'S3', day: '2026-02-05', halfDay: 'Après-midi' });
    const n = view.learners.length;
    // Friday has not started: not listed.
    expect(view.missing).toEqual([
      { day: '2026-02-05', label: 'jeudi 5 février', halfDay: 'Matin', missing: n },
      { day: '2026-02-05', label: 'jeudi 5 février', halfDay: 'Après-midi', missing: n },
    ]);
    await call(g, 'pacteAttendanceSave', {
      sessionId: 'S3',
      day: '2026-02-05',
      halfDay: 'Matin',
      marks: [{ learnerId: view.learners[0]!.id, status: 'Présent' }],
    });
    const after = await call<AttendanceView>(g, 'pacteAttendanceLoad', null);
    expect(after.missing.map((h) => [h.halfDay, h.missing])).toEqual([
      ['Matin', n - 1],
      ['Après-midi', n],
    ]);
  });

  it('recomputes eligibility from the page, as the menu item does', async () => {
    const g = demoGas({ size: 12 });
    const result = await call<{ message: string }>(g, 'pacteEligibilityRecompute', null);
    expect(result.message).toMatch(/^\d+ apprenant/);
    expect(g.values('Éligibilité').length).toBeGreaterThan(1);
    expect(g.values('Journal').at(-1)![1]).toBe("Calcul de l'éligibilité");
    await expect(call(g, 'pacteEligibilityRecompute', { all: true })).rejects.toThrow(/Données reçues invalides/);
    const stranger = demoGas({ size: 12, user: 'stagiaire@example.org' });
    await expect(call(stranger, 'pacteEligibilityRecompute', null)).rejects.toThrow(/ne figure pas dans la liste « Équipe »/);
  });

  it('keeps the sidebar functions private to the team', async () => {
    const g = demoGas({ size: 12, user: 'stagiaire@example.org' });
    await expect(call(g, 'pacteAttendanceLoad', null)).rejects.toThrow(/ne figure pas dans la liste « Équipe »/);
  });
});
