/** `pacte demo`: writes the demo cohort as a downloaded workbook, then checks it as staff would. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_TODAY, generateDemoCohort } from '../../src/workbook/demo';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { writeXlsx } from '../workbook-file/write';
import { runCheck } from './check';

export async function runDemo(options: { size: string; out: string }): Promise<string> {
  const size = Number(options.size);
  if (!/^\d+$/.test(options.size.trim()) || size < 1 || size > 50_000) throw new UserError(messages.cli.badSize(options.size));
  const out = path.resolve(options.out);
  const existing = await stat(out).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new UserError(messages.cli.demoOutNotFolder(options.out));
  const file = path.join(out, 'cohorte-demo.xlsx');
  await writeXlsx(file, generateDemoCohort({ size })).catch(() => {
    // EACCES, ENOTDIR up the path, a full disk: said in French, the errno stays out of sight.
    throw new UserError(messages.cli.cannotWrite(path.relative(process.cwd(), file) || file));
  });
  const { output } = await runCheck(file, { today: DEMO_TODAY });
  return `${messages.cli.demoWritten(path.relative(process.cwd(), file))}\n\n${output}`;
}
