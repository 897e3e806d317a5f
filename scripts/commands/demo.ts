/** `pacte demo`: writes the demo cohort as a downloaded workbook, then checks it as staff would. */
import path from 'node:path';
import { DEMO_TODAY, generateDemoCohort } from '../../src/workbook/demo';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { writeXlsx } from '../workbook-file/write';
import { runCheck } from './check';

export async function runDemo(options: { size: string; out: string }): Promise<string> {
  const size = Number(options.size);
  if (!/^\d+$/.test(options.size.trim()) || size < 1 || size > 50_000) throw new UserError(messages.cli.badSize(options.size));
  const file = path.resolve(options.out, 'cohorte-demo.xlsx');
  await writeXlsx(file, generateDemoCohort({ size }));
  const { output } = await runCheck(file, { today: DEMO_TODAY });
  return `${messages.cli.demoWritten(path.relative(process.cwd(), file))}\n\n${output}`;
}
