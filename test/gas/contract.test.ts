/**
 * The sidebar contract (src/ui/contract) is the truth on both sides: every server function the
 * pages call answers what its response schema says (strict: a field added or dropped on one side
 * fails here), and refuses what its request schema refuses, in its own sidebar's words.
 */
import type * as z from 'zod/mini';
import { messages } from '../../src/domain/messages';
import { SERVER_FUNCTION_NAMES, SIDEBAR_CONTRACT, type ServerFunctions } from '../../src/ui/contract';
import { demoGas, type Gas } from '../helpers/gas';

/** Séminaire 3 is over: every half-day can be recorded, documents and reminders have something to do. */
function gas(): Gas {
  const g = demoGas({ size: 12 });
  g.sim.clock.set(new Date('2026-02-06T18:00:00+01:00'));
  return g;
}

function call<K extends keyof ServerFunctions>(g: Gas, name: K, arg: ServerFunctions[K][0]): ServerFunctions[K][1] {
  expect(SIDEBAR_CONTRACT[name].request.safeParse(arg).success).toBe(true);
  const answer = g.run(name, arg);
  const parsed = (SIDEBAR_CONTRACT[name].response as z.ZodMiniType).safeParse(answer);
  if (!parsed.success) throw new Error(`${name} answered outside its contract: ${JSON.stringify(parsed.error.issues)}`);
  return answer as ServerFunctions[K][1];
}

describe('the sidebar contract', () => {
  it('names every server function the bundle exports for the pages', () => {
    const g = gas();
    expect(SERVER_FUNCTION_NAMES).toHaveLength(21);
    for (const name of SERVER_FUNCTION_NAMES) expect(typeof g.gas[name]).toBe('function');
  });

  it('attendance: the view, a save and the eligibility button answer as their schemas say', () => {
    const g = gas();
    const view = call(g, 'pacteAttendanceLoad', { sessionId: 'S3' });
    const selected = view.selected!;
    const marks = view.learners.filter((l) => !l.sharedRows).map((l) => ({ learnerId: l.id, status: 'Présent' as const }));
    expect(call(g, 'pacteAttendanceSave', { ...selected, marks }).saved).toBe(marks.length);
    call(g, 'pacteEligibilityRecompute', null);
  });

  it('documents: options, preview, a making call and the template check answer as their schemas say', () => {
    const g = gas();
    const options = call(g, 'pacteDocumentsOptions', null);
    const request = { kind: 'convocation' as const, sessionId: options.sessions[0]!.id };
    expect(call(g, 'pacteDocumentsPreview', request).first).not.toBeNull();
    expect(call(g, 'pacteDocumentsMake', request).made).toBeGreaterThan(0);
    expect(call(g, 'pacteDocumentsCheckTemplates', null)).toHaveLength(7);
  });

  it('reminders: the view, the switch and sending now answer as their schemas say', () => {
    const g = gas();
    call(g, 'pacteRemindersLoad', null);
    expect(call(g, 'pacteRemindersAutomatic', { on: false }).automatic).toBe(false);
    call(g, 'pacteRemindersSendNow', null);
  });

  it('refuses a bad request before reading anything', () => {
    const g = gas();
    expect(SIDEBAR_CONTRACT.pacteDocumentsMake.request.safeParse({ kind: 'diplome' }).success).toBe(false);
    expect(
      SIDEBAR_CONTRACT.pacteAttendanceSave.request.safeParse({ sessionId: 'S3', day: '2026-02-30', halfDay: 'Matin', marks: [] }).success,
    ).toBe(false);
    expect(() => g.run('pacteAttendanceSave', { sessionId: 'S3' })).toThrow(messages.sheet.attendance.invalidRequest('day'));
  });
});
