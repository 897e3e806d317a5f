/**
 * An execution killed at its time limit (or by sim.killAt) ends as Google ends it: no catch or finally
 * of the script can make another call, its pending writes are lost, its locks released.
 */
import { createSimulator, ExecutionKilled, isExecutionKilled, MAX_EXECUTION_MS, SIMPLE_TRIGGER_MAX_MS } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
const app = (sim: Sim) => sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const locks = (sim: Sim) => sim.globals.LockService as GoogleAppsScript.Lock.LockService;
const mail = (sim: Sim) => sim.globals.MailApp as GoogleAppsScript.Mail.MailApp;
const tab = (sim: Sim) => app(sim).getActiveSpreadsheet().getSheetByName('T')!;

function loaded(): Sim {
  const sim = createSimulator();
  sim.load({ T: [['a'], ['b']] });
  return sim;
}

describe('sim.killAt', () => {
  it('ends the execution before the nth call: the call is not made, pending writes are lost', () => {
    const sim = loaded();
    sim.startExecution();
    sim.killAt('MailApp.sendEmail', 2);
    tab(sim).getRange(1, 1).setValue('pending');
    mail(sim).sendEmail('a@example.org', 'un', 'x');
    sim.calls.reset();
    let thrown: unknown;
    try {
      mail(sim).sendEmail('b@example.org', 'deux', 'x');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ExecutionKilled);
    expect(isExecutionKilled(thrown)).toBe(true);
    expect((thrown as ExecutionKilled).message).toBe('Exceeded maximum execution time');
    expect((thrown as ExecutionKilled).at).toBe('MailApp.sendEmail #2');
    expect(sim.killed()).toBe(thrown);
    expect(sim.mail.sent().map((m) => m.subject)).toEqual(['un']);
    expect(sim.calls.total()).toBe(0);
    expect(sim.peek.values('T').flat()).toEqual(['a', 'b']);
  });

  it('makes every later call of that execution throw again, so a catch or finally can do nothing', () => {
    const sim = loaded();
    sim.startExecution();
    sim.killAt('Range.getValues', 1);
    const sheet = tab(sim);
    const journal: string[] = [];
    const product = () => {
      try {
        sheet.getRange(1, 1).setValue('x');
        sheet.getRange(1, 1, 2, 1).getValues(); // getRange is no read: the write is still pending here
      } catch {
        // A product that journals its failure: under Google it never gets to.
        sheet.appendRow(['Échec']);
        journal.push('written');
      } finally {
        app(sim).flush();
      }
    };
    expect(product).toThrow(ExecutionKilled);
    expect(journal).toEqual([]);
    for (const call of [
      () => sheet.getLastRow(),
      () => mail(sim).sendEmail('a@example.org', 's', 'b'),
      () => locks(sim).getScriptLock(),
      () => app(sim).getActiveSpreadsheet(),
    ]) {
      expect(call).toThrow(ExecutionKilled);
    }
    expect(sim.peek.values('T').flat()).toEqual(['a', 'b']);
    expect(sim.mail.sent()).toEqual([]);
    // The next execution is a fresh one.
    sim.startExecution();
    expect(tab(sim).getLastRow()).toBe(2);
    expect(sim.killed()).toBeUndefined();
  });

  it('counts from when it is armed, over the script’s calls only', () => {
    const sim = loaded();
    sim.startExecution();
    tab(sim).getLastRow();
    sim.killAt('Sheet.getLastRow', 2);
    sim.asColleague(() => sim.spreadsheet.getSheetByName('T')!.getLastRow());
    expect(tab(sim).getLastRow()).toBe(2);
    expect(() => tab(sim).getLastRow()).toThrow(ExecutionKilled);
  });

  it('releases the locks the killed execution held', () => {
    const sim = loaded();
    sim.startExecution();
    const lock = locks(sim).getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    sim.killAt('Range.setValue', 1);
    expect(() => tab(sim).getRange(1, 1).setValue('x')).toThrow(ExecutionKilled);
    expect(() => lock.releaseLock()).toThrow(ExecutionKilled);
    // Another execution gets the lock at once, while the killed one is still "current" for the test.
    const waited = sim.clock.now().getTime();
    let got: boolean | undefined;
    sim.asColleague(() => {
      sim.startExecution();
      got = locks(sim).getDocumentLock()!.tryLock(5000);
    });
    expect(got).toBe(true);
    expect(sim.clock.now().getTime()).toBe(waited);
  });

  it('runExecution throws the kill even when the product swallowed it; the next run is fresh', () => {
    const sim = loaded();
    sim.killAt('Range.setValues', 1);
    const swallowing = () => {
      try {
        tab(sim)
          .getRange(1, 1, 1, 1)
          .setValues([['x']]);
      } catch {
        return 'caught';
      }
      return 'done';
    };
    expect(() => sim.runExecution(swallowing)).toThrow(ExecutionKilled);
    expect(sim.runExecution(swallowing)).toBe('done');
    expect(sim.peek.values('T').flat()).toEqual(['x', 'b']);
  });
});

describe('staging before every call of a run', () => {
  it('calls.sequence() names each call as failAt, killAt and interleave count it', () => {
    const sim = loaded();
    const script = () => {
      const sheet = tab(sim);
      sheet.getRange(1, 1).setValue('x');
      sheet.getRange(2, 1).setValue('y');
    };
    sim.calls.reset();
    sim.runExecution(script);
    const sequence = sim.calls.sequence();
    expect(sequence).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.getRange',
      'Range.setValue',
      'Sheet.getRange',
      'Range.setValue',
    ]);
    // A kill before each call in turn: the writes made before it are lost all the same.
    sequence.forEach((method, i) => {
      const fresh = loaded();
      fresh.killAt(method, sequence.slice(0, i + 1).filter((m) => m === method).length);
      expect(() =>
        fresh.runExecution(() => {
          const sheet = tab(fresh);
          sheet.getRange(1, 1).setValue('x');
          sheet.getRange(2, 1).setValue('y');
        }),
      ).toThrow(ExecutionKilled);
      expect(fresh.peek.values('T').flat()).toEqual(['a', 'b']);
    });
  });
});

describe('the time limit', () => {
  it('kills the execution after 6 minutes: not an error the product can catch and go on from', () => {
    const sim = createSimulator({ callLatencyMs: 1000 });
    sim.load({ T: [['a']] });
    sim.startExecution();
    const sheet = tab(sim);
    sheet.getRange(1, 1).setValue('pending');
    sim.clock.advance(MAX_EXECUTION_MS);
    let caught: unknown;
    try {
      sheet.getLastRow();
    } catch (e) {
      caught = e;
    }
    expect(isExecutionKilled(caught)).toBe(true);
    expect((caught as Error).message).toBe('Exceeded maximum execution time');
    expect((caught as ExecutionKilled).reason).toBe('timeLimit');
    expect(() => sheet.appendRow(['journal'])).toThrow('Exceeded maximum execution time');
    expect(sim.peek.values('T')).toEqual([['a']]);
  });

  it('kills a simple trigger after 30 seconds', () => {
    const sim = loaded();
    expect(() =>
      sim.runExecution(() => {
        tab(sim).getRange(1, 1).setValue('onEdit');
        sim.clock.advance(SIMPLE_TRIGGER_MAX_MS + 1);
        tab(sim).getRange(2, 1).setValue('late');
      }, 'simpleTrigger'),
    ).toThrow(ExecutionKilled);
    expect(sim.peek.values('T').flat()).toEqual(['a', 'b']);
  });

  it('does not run between executions: what a test does after endExecution is untimed', () => {
    const sim = loaded();
    sim.startExecution();
    sim.endExecution();
    sim.clock.advance(2 * MAX_EXECUTION_MS);
    expect(tab(sim).getLastRow()).toBe(2);
  });
});

describe('a kill seen from outside the execution', () => {
  it('google.script.run: the failure handler gets Google’s message even if the server function caught the kill', async () => {
    const sim = loaded();
    sim.killAt('Sheet.getLastRow', 1);
    const server = {
      count: () => {
        try {
          return tab(sim).getLastRow();
        } catch {
          return -1;
        }
      },
    };
    const failures: string[] = [];
    (sim.scriptRun(server) as any).withFailureHandler((e: Error) => failures.push(e.message)).count();
    await new Promise((r) => setTimeout(r, 0));
    expect(failures).toEqual(['Exceeded maximum execution time']);
  });

  it('a time-driven trigger: runUntil throws the kill; the next firing is a fresh execution', () => {
    const sim = loaded();
    (sim.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    sim.killAt('Range.setValue', 1);
    const daily = () => {
      const sheet = tab(sim);
      sheet.getRange(1, 1).setValue(sim.clock.now().toISOString());
    };
    expect(() => sim.triggers.runUntil(new Date('2026-01-16T12:00:00+01:00'), daily)).toThrow(ExecutionKilled);
    expect(sim.peek.values('T').flat()).toEqual(['a', 'b']);
    expect(sim.triggers.runUntil(new Date('2026-01-17T12:00:00+01:00'), daily)).toBe(1);
    expect(sim.peek.values('T')[0]![0]).toBe('2026-01-17T06:00:00.000Z');
  });
});
