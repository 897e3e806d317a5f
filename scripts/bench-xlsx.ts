/**
 * `npm run bench` (BENCH_ONLY=xlsx for this part alone): the whole `pacte check` command on big
 * downloaded workbooks, side by side with Python's openpyxl in read-only mode reading the same files
 * (issue 13, item 7). Both are measured as a person runs them: one process each, wall time
 * (interpreter start-up included) and peak resident memory. Targets:
 * - 20,000 applicants: checked in no more time than openpyxl takes to read the file; peak < 250 MB;
 * - 100,000 applicants: peak < 500 MB;
 * - one formatted cell at A1048576: checked in under 2 s.
 * openpyxl is optional (Debian: apt-get install python3-openpyxl): without it its columns say so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { DEMO_TODAY, generateDemoCohort } from '../src/workbook/demo';
import { writeXlsx } from './workbook-file/write';

const ROOT = path.resolve(__dirname, '..');
const PACTE = path.join(ROOT, 'bin/pacte.js');

interface Run {
  seconds: number;
  peakMb: number;
}

/**
 * Spawns through a shell that forks: Linux counts the RSS of the process image a child was forked
 * from in its peak (ru_maxrss survives exec), and this bench process is big. A fork from a small
 * shell measures the command alone.
 */
function spawnMeasured(command: string, args: string[], options: Parameters<typeof spawnSync>[2]) {
  return spawnSync('/bin/sh', ['-c', '"$@"; exit $?', 'sh', command, ...args], options);
}

/** Runs `pacte check --json` in a child process that reports its own peak memory on exit (fd 3). */
function runPacte(file: string): Run {
  const wrapper = `
    const fs = require('node:fs');
    process.argv = [process.argv[0], ${JSON.stringify(PACTE)}, 'check', ${JSON.stringify(file)}, '--json', '--today', ${JSON.stringify(DEMO_TODAY)}];
    process.on('exit', () => fs.writeSync(3, JSON.stringify(process.resourceUsage().maxRSS)));
    require(${JSON.stringify(PACTE)});`;
  const start = performance.now();
  const result = spawnMeasured(process.execPath, ['-e', wrapper], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`pacte check ${file} failed (${result.status}): ${result.stderr}`);
  return { seconds, peakMb: Number(result.output[3]) / 1024 };
}

const OPENPYXL = `
import json, resource, sys, time
start = time.perf_counter()
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += len(row)
book.close()
print(json.dumps({"cells": cells, "read": time.perf_counter() - start, "peakKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
`;

/** The first Python that has openpyxl (pyenv's python3 may not, Debian's /usr/bin/python3 may). */
function findOpenpyxl(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3', 'python']) {
    const probe = spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

function runOpenpyxl(python: string, file: string): Run & { readSeconds: number } {
  const start = performance.now();
  const result = spawnMeasured(python, ['-c', OPENPYXL, file], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`openpyxl could not read ${file}: ${result.stderr}`);
  const out = JSON.parse(String(result.stdout)) as { read: number; peakKb: number };
  return { seconds, readSeconds: out.read, peakMb: out.peakKb / 1024 };
}

/** Best time and highest peak over `times` runs. */
function best<T extends Run>(times: number, run: () => T): T {
  let kept: T | undefined;
  let peak = 0;
  for (let i = 0; i < times; i++) {
    const r = run();
    peak = Math.max(peak, r.peakMb);
    if (!kept || r.seconds < kept.seconds) kept = r;
  }
  return { ...kept!, peakMb: peak };
}

/** A small cohort whose Candidatures used range reaches A1048576 through one formatted, empty cell. */
async function writeHugeRange(file: string): Promise<void> {
  await writeXlsx(file, generateDemoCohort({ size: 40 }));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cell = book.getWorksheet('Candidatures')!.getCell('A1048576');
  cell.numFmt = '@';
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  await book.xlsx.writeFile(file);
}

const mb = (n: number) => `${n.toFixed(0)} MB`;
const s = (n: number) => `${n.toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export async function benchXlsx(): Promise<void> {
  const sizes = (process.env.BENCH_XLSX_SIZES ?? '20000,100000').split(',').map(Number);
  const python = findOpenpyxl();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pacte-bench-xlsx-'));
  console.log('\npacte check (whole command) vs openpyxl read-only (whole process), same .xlsx files');
  if (!python) console.log('(openpyxl not found: apt-get install python3-openpyxl to compare; its columns are skipped)');
  console.log('file                 | pacte: time | pacte: peak | openpyxl: time (read alone) | openpyxl: peak | targets');
  try {
    const files: Array<{ label: string; file: string; size?: number }> = [];
    for (const size of sizes) {
      const file = path.join(dir, `cohort-${size}.xlsx`);
      await writeXlsx(file, generateDemoCohort({ size }));
      files.push({ label: `${size} applicants`, file, size });
    }
    const huge = path.join(dir, 'cell-at-A1048576.xlsx');
    await writeHugeRange(huge);
    files.push({ label: 'cell at A1048576', file: huge });

    for (const { label, file, size } of files) {
      runPacte(file); // warm-up: tsx's compile cache, the file in the page cache
      const times = size !== undefined && size > 50_000 ? 1 : 3;
      const pacte = best(times, () => runPacte(file));
      const py = python ? best(times, () => runOpenpyxl(python, file)) : undefined;
      const targets: string[] = [];
      if (size === 20_000) {
        if (py) targets.push(`time ≤ openpyxl: ${verdict(pacte.seconds <= py.seconds)}`);
        targets.push(`peak < 250 MB: ${verdict(pacte.peakMb < 250)}`);
      } else if (size === 100_000) {
        targets.push(`peak < 500 MB: ${verdict(pacte.peakMb < 500)}`);
      } else if (size === undefined) {
        targets.push(`time < 2 s: ${verdict(pacte.seconds < 2)}`);
      }
      const pyCells = py ? `${s(py.seconds).padStart(7)} (${s(py.readSeconds)})`.padEnd(27) : 'n/a'.padEnd(27);
      const pyPeak = py ? mb(py.peakMb).padStart(14) : 'n/a'.padStart(14);
      console.log(
        `${label.padEnd(20)} | ${s(pacte.seconds).padStart(11)} | ${mb(pacte.peakMb).padStart(11)} | ${pyCells} | ${pyPeak} | ${targets.join(', ')}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
