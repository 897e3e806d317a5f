/**
 * Issue 21 item 4: the Sheet's toast after « Vérifier les candidatures » and `pacte check`'s readable
 * report count the applications the same way (closed ones apart), on the playground's demo cohort.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeXlsx } from '../../scripts/workbook-file/write';
import { fold } from '../../src/domain/text';
import { DEMO_TODAY, generateDemoCohort } from '../../src/workbook/demo';
import { pacte, tempDir } from '../helpers/cli';
import { startGas } from '../helpers/gas';

const SUMMARY = /^(\d+) candidatures : (\d+) complètes, (\d+) à compléter, (\d+) closes \(Refusé, Désisté\)/m;

let dir: string;
beforeAll(() => {
  dir = tempDir('pacte-counts-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one count of the applications, in the Sheet and in pacte check', () => {
  it('says the same numbers the same way on the demo cohort, closed applications apart', async () => {
    const demo = generateDemoCohort({ size: 40 });
    const file = path.join(dir, 'demo.xlsx');
    await writeXlsx(file, demo);
    const cli = pacte('check', file, '--today', DEMO_TODAY);
    expect(cli.status).toBe(0);
    const cliLine = SUMMARY.exec(cli.stdout)?.[0];

    const gas = startGas({ tabs: demo, now: new Date(`${DEMO_TODAY}T10:00:00+01:00`) });
    gas.run('pacteCheckCandidates');
    const toast = gas.sim.ui.toasts.at(-1)!.message;
    expect(cliLine).toBeDefined();
    expect(toast.startsWith(`${cliLine} — `)).toBe(true);

    // The numbers themselves, counted from the sheet the check just wrote: an empty `Contrôle` is complete.
    const statuses = gas.column('Candidatures', 'Statut').map((s) => fold(String(s)));
    const control = gas.column('Candidatures', 'Contrôle');
    const closed = statuses.filter((s) => s === 'refuse' || s === 'desiste').length;
    const complete = control.filter((c, i) => c === '' && statuses[i] !== 'refuse' && statuses[i] !== 'desiste').length;
    expect(closed).toBeGreaterThan(0);
    expect(SUMMARY.exec(toast)!.slice(1).map(Number)).toEqual([40, complete, 40 - complete - closed, closed]);
  });
});
