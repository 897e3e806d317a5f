import { createSimulator, SIMPLE_TRIGGER_MAX_MS } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
const sa = (sim: Sim) => sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const locks = (sim: Sim) => sim.globals.LockService as GoogleAppsScript.Lock.LockService;

function tab(sim: Sim) {
  return sa(sim).getActiveSpreadsheet().getSheetByName('T')!;
}

describe('a competing writer', () => {
  it('runs a colleague’s edit just before the nth call of a method, without counting it', () => {
    const sim = createSimulator();
    sim.load({ T: [['a'], ['b'], ['c']] });
    sim.startExecution();
    const sheet = tab(sim);
    sim.interleave('Range.setValues', 2, () => sheet.getRange(3, 1).setValue('colleague'));
    sim.calls.reset();
    sheet.getRange(1, 1).setValues([['x']]);
    expect(sim.peek.values('T').flat()).toEqual(['x', 'b', 'c']);
    sheet.getRange(2, 1).setValues([['y']]);
    expect(sim.peek.values('T').flat()).toEqual(['x', 'y', 'colleague']);
    expect(sim.calls.byMethod()).toEqual({ 'Range.setValues': 2, 'Sheet.getRange': 2 });
  });

  it('keeps a colleague’s edit out of fault injection', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    sim.failAt('Range.setValue', 1);
    sim.asColleague(() => tab(sim).getRange(1, 1).setValue('colleague'));
    expect(() => tab(sim).getRange(1, 1).setValue('script')).toThrow(/Simulated failure/);
    expect(sim.peek.values('T')).toEqual([['colleague']]);
  });

  it('lets the execution holding the lock work while the script waits, then gives the script the lock', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    sim.startExecution();
    const start = sim.clock.now().getTime();
    const seen: boolean[] = [];
    sim.locks.holdDocumentLock(start + 3000, () => {
      // The other execution can take the lock itself (it is the one holding it).
      const other = locks(sim).getDocumentLock()!;
      seen.push(other.tryLock(0));
      tab(sim).sort(1);
      tab(sim).getRange(1, 1).setValue('other');
      other.releaseLock();
    });
    const lock = locks(sim).getDocumentLock()!;
    expect(sim.peek.values('T')).toEqual([['a']]);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(seen).toEqual([true]);
    expect(sim.peek.values('T')).toEqual([['other']]);
    expect(sim.clock.now().getTime()).toBe(start + 3000);
  });

  it('makes another execution wait in vain for a lock the script holds', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    sim.startExecution();
    const lock = locks(sim).getDocumentLock()!;
    expect(lock.tryLock(0)).toBe(true);
    let other: boolean | undefined;
    sim.interleave('Range.setValue', 1, () => {
      sim.startExecution();
      other = locks(sim).getDocumentLock()!.tryLock(5000);
    });
    tab(sim).getRange(1, 1).setValue('x');
    expect(other).toBe(false);
    expect(lock.hasLock()).toBe(true);
  });
});

describe('stricter where Google is', () => {
  it('getDocumentLock() is null outside a container-bound script', () => {
    const sim = createSimulator();
    sim.setContainerBound(false);
    expect(locks(sim).getDocumentLock()).toBeNull();
    expect(locks(sim).getScriptLock()).not.toBeNull();
  });

  it('a simple trigger stops after 30 s, a menu function after 6 min', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    sim.startExecution('simpleTrigger');
    sim.clock.advance(SIMPLE_TRIGGER_MAX_MS + 1);
    expect(() => tab(sim).getRange(1, 1).getValue()).toThrow('Exceeded maximum execution time');
    sim.startExecution();
    sim.clock.advance(SIMPLE_TRIGGER_MAX_MS + 1);
    expect(tab(sim).getRange(1, 1).getValue()).toBe('a');
  });

  it('builds the onEdit event: value and oldValue for a single cell only, as text', () => {
    const sim = createSimulator();
    sim.load({
      T: [
        ['a', 2],
        ['', ''],
      ],
    });
    sim.setAuthMode('LIMITED');
    const cell = tab(sim).getRange(1, 2);
    sim.asColleague(() => cell.setValue(42));
    const e = sim.editEvent(cell, { oldValue: 2 });
    expect(e).toMatchObject({ authMode: 'LIMITED', value: '42', oldValue: '2' });
    expect(e.source.getId()).toBe(sa(sim).getActiveSpreadsheet().getId());
    expect(e.range.getA1Notation()).toBe('B1');
    expect(e.user.getEmail()).toBe('');
    const empty = sim.editEvent(tab(sim).getRange(2, 1), {});
    expect('value' in empty || 'oldValue' in empty).toBe(false);
    const rect = sim.editEvent(tab(sim).getRange(1, 1, 2, 2), { oldValue: 'x' });
    expect('value' in rect || 'oldValue' in rect).toBe(false);
    sim.setAuthMode('FULL');
    expect(sim.editEvent(cell).user.getEmail()).toBe('coordination@example.org');
  });

  it('reads a tab’s data in one call with getSheetValues(1, 1, -1, -1)', () => {
    const sim = createSimulator();
    sim.load({
      T: [
        ['a', 'b'],
        ['c', ''],
      ],
    });
    const sheet = tab(sim);
    sim.calls.reset();
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(sheet.getSheetValues(2, 1, -1, 1)).toEqual([['c']]);
    expect(sim.calls.byMethod()).toEqual({ 'Sheet.getSheetValues': 2 });
  });
});
