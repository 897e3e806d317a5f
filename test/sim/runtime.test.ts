import * as vm from 'node:vm';
import { createSimulator } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
const sa = (sim: Sim) => sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe('clock-aware Date', () => {
  it('reads the simulated clock inside a bare vm context and keeps instanceof working', () => {
    const sim = createSimulator({ now: new Date('2026-02-01T08:00:00Z') });
    sim.load({ T: [[new Date('2025-01-01T00:00:00Z')]] });
    const context = vm.createContext({ ...sim.globals });
    const out = vm.runInContext(
      `const v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T').getRange(1, 1).getValue();
       ({ now: new Date().toISOString(), nowMs: Date.now(), isDate: v instanceof Date, own: new Date(0) instanceof Date,
          typed: typeof Date(), parsed: new Date('2020-01-01T00:00:00Z').getTime(), utc: Date.UTC(2020, 0, 1) })`,
      context,
    ) as Record<string, unknown>;
    expect(out).toEqual({
      now: '2026-02-01T08:00:00.000Z',
      nowMs: Date.parse('2026-02-01T08:00:00Z'),
      isDate: true,
      own: true,
      typed: 'string',
      parsed: Date.UTC(2020, 0, 1),
      utc: Date.UTC(2020, 0, 1),
    });
    sim.clock.advance(60000);
    expect(vm.runInContext('new Date().toISOString()', context)).toBe('2026-02-01T08:01:00.000Z');
  });
});

describe('call counting and fault injection', () => {
  it('counts each method call by Class.method', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    const ss = sa(sim).getActiveSpreadsheet();
    const sheet = ss.getSheetByName('T')!;
    sheet.getDataRange().getValues();
    sheet.getRange(1, 1).setValue('b').setBackground('red');
    sa(sim).getUi().alert('x');
    expect(sim.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.setBackground': 1,
      'Range.setValue': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.alert': 1,
    });
    expect(sim.calls.total()).toBe(9);
    sim.calls.reset();
    expect(sim.calls.total()).toBe(0);
  });

  it('fails the nth call of a method, counted from now', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    sheet.getRange(1, 1).setValues([[1]]);
    sim.failAt('Range.setValues', 2, new Error('Service Spreadsheets timed out'));
    sheet.getRange(1, 1).setValues([[2]]);
    expect(() => sheet.getRange(1, 1).setValues([[3]])).toThrow('Service Spreadsheets timed out');
    sheet.getRange(2, 1).setValues([[4]]);
    expect(sim.peek.values('T')).toEqual([[2], [4]]);
  });

  it('adds latency per call and stops after 6 minutes of execution', () => {
    const sim = createSimulator({ callLatencyMs: 1000 });
    const t0 = sim.clock.now().getTime();
    sim.startExecution();
    const ss = sa(sim).getActiveSpreadsheet();
    expect(sim.clock.now().getTime()).toBe(t0 + 1000);
    ss.getName();
    sim.clock.advance(6 * 60 * 1000 - 2000);
    ss.getName(); // exactly 6 minutes after the start: still allowed
    expect(() => ss.getName()).toThrow('Exceeded maximum execution time');
    sim.startExecution();
    expect(ss.getName()).toBe('Classeur sans titre');
  });
});

describe('authorization modes', () => {
  it('LIMITED (simple trigger) allows the bound sheet and menus but not sidebars', () => {
    const sim = createSimulator({ htmlFiles: { S: 'x' } });
    sim.load({ T: [[1]] });
    sim.setAuthMode('LIMITED');
    expect(sa(sim).getActiveSpreadsheet().getSheetByName('T')!.getRange(1, 1).getValue()).toBe(1);
    sa(sim).getUi().createMenu('M').addItem('a', 'b').addToUi();
    (sim.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties().setProperty('k', 'v');
    const out = (sim.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutputFromFile('S');
    expect(() => sa(sim).getUi().showSidebar(out)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(sim.ui.sidebars).toHaveLength(0);
  });

  it('NONE (add-on before authorization) allows only menu building', () => {
    const sim = createSimulator();
    sim.setAuthMode('NONE');
    sa(sim).getUi().createAddonMenu().addItem('Démarrer', 'start').addToUi();
    expect(sim.ui.menus).toHaveLength(1);
    expect(() => sa(sim).getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(() => (sim.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties()).toThrow(
      'You do not have permission to call PropertiesService.getScriptProperties',
    );
  });
});

describe('scriptRun', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('round-trips arguments and results through JSON, asynchronously', async () => {
    const sim = createSimulator();
    const seen: unknown[] = [];
    const server = {
      save(arg: unknown) {
        seen.push(arg);
        return { ok: true, list: [1, undefined], skip: undefined };
      },
      when() {
        return { at: new Date() };
      },
    };
    const run = sim.scriptRun(server) as any;
    const results: unknown[] = [];
    const input = { a: [1, undefined], b: undefined, c: 'x' };
    run
      .withSuccessHandler((v: unknown, u: unknown) => results.push([v, u]))
      .withUserObject('ctx')
      .save(input);
    expect(results).toEqual([]);
    await flush();
    expect(seen).toEqual([{ a: [1, null], c: 'x' }]);
    expect(seen[0]).not.toBe(input);
    expect(results).toEqual([[{ ok: true, list: [1, null] }, 'ctx']]);
    run.withSuccessHandler((v: unknown) => results.push(v)).when();
    await flush();
    expect(results[1]).toBeNull();
    expect(() => run.save(new Date())).toThrow('Failed due to illegal value in property: 0');
    expect(() => run.save({ f: () => 1 })).toThrow('Failed due to illegal value in property: f');
  });

  it('hides private and unknown functions and reports server errors', async () => {
    const sim = createSimulator();
    const server = {
      secret_: () => 1,
      boom() {
        throw new Error('Onglet « Candidatures » introuvable');
      },
    };
    const run = sim.scriptRun({ ...server, ...sim.globals }) as any;
    expect(run.secret_).toBeUndefined();
    expect(run.nope).toBeUndefined();
    expect(run.SpreadsheetApp).toBeUndefined();
    const failures: unknown[] = [];
    run
      .withFailureHandler((e: Error, u: unknown) => failures.push([e.message, u]))
      .withUserObject(7)
      .boom();
    await flush();
    expect(failures).toEqual([['Onglet « Candidatures » introuvable', 7]]);
    run.boom();
    await flush();
    expect(sim.logs.some((l) => l.level === 'error' && l.message.includes('introuvable'))).toBe(true);
  });
});

describe('contexts without a user interface', () => {
  it('getUi throws like in a time-driven trigger', () => {
    const sim = createSimulator();
    sim.setUiAvailable(false);
    expect(() => sa(sim).getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    sim.setUiAvailable(true);
    expect(sa(sim).getUi().ButtonSet.YES_NO).toBe('YES_NO');
  });
});
