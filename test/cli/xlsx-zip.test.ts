/**
 * The .xlsx zip container (scripts/workbook-file/zip.ts, yauzl): a part that inflates past the size the
 * zip's directory declares for it is a damaged file, refused at once; a cut file is not a workbook; every
 * read releases its file, whatever happened.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookFile } from '../../scripts/workbook-file/read';
import { writeXlsx } from '../../scripts/workbook-file/write';
import { generateDemoCohort } from '../../src/workbook/demo';
import { tempDir } from '../helpers/cli';

const CENTRAL_ENTRY = 0x02014b50;

/** Rewrites the uncompressed size the central directory gives `name` (APPNOTE.TXT 4.3.12: offset 24). */
function declareSize(zip: Buffer, name: string, size: (actual: number) => number): Buffer {
  const out = Buffer.from(zip);
  for (
    let at = out.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    at >= 0;
    at = out.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'), at - 1)
  ) {
    if (out.readUInt32LE(at) !== CENTRAL_ENTRY) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue;
    out.writeUInt32LE(size(out.readUInt32LE(at + 24)), at + 24);
    return out;
  }
  throw new Error(`${name} not in the zip's directory`);
}

const openFiles = () => readdirSync('/proc/self/fd').length;

describe('the .xlsx zip container', () => {
  let dir: string;
  let book: Buffer;
  beforeAll(async () => {
    dir = tempDir('pacte-xlsx-zip-');
    const file = path.join(dir, 'demo.xlsx');
    await writeXlsx(file, generateDemoCohort({ size: 40 }));
    book = readFileSync(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the workbook as written (the baseline of the faults below)', async () => {
    const file = path.join(dir, 'ok.xlsx');
    writeFileSync(file, book);
    expect((await readWorkbookFile(file)).get('Candidatures')!.length).toBeGreaterThan(40);
  });

  it('refuses as damaged a sheet that inflates past the size its directory declares', async () => {
    const file = path.join(dir, 'lying.xlsx');
    writeFileSync(
      file,
      declareSize(book, 'xl/worksheets/sheet2.xml', (actual) => Math.floor(actual / 4)),
    );
    await expect(readWorkbookFile(file)).rejects.toThrow(/est un classeur endommagé \(illisible en partie\)/);
  });

  it('says a file cut short is not a readable workbook', async () => {
    const file = path.join(dir, 'cut.xlsx');
    writeFileSync(file, book.subarray(0, Math.floor(book.length / 2)));
    await expect(readWorkbookFile(file)).rejects.toThrow(/n'est pas un classeur lisible/);
  });

  (process.platform === 'linux' ? it : it.skip)('leaves no file open after reads that succeed or fail', async () => {
    const good = path.join(dir, 'ok.xlsx');
    const bad = path.join(dir, 'lying.xlsx');
    await readWorkbookFile(good); // anything loaded once (modules, the first read's lazily opened handles)
    const before = openFiles();
    for (let i = 0; i < 10; i++) {
      await readWorkbookFile(good);
      await readWorkbookFile(bad).catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // fs.close is asynchronous
    expect(openFiles()).toBeLessThanOrEqual(before);
  });
});
