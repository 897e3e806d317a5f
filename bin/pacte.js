#!/usr/bin/env node
// The `pacte` command: runs scripts/cli.ts from source through tsx, so `npx pacte` works right after `npm ci`.
//
// It runs in a worker thread with a small young generation: a check keeps the whole workbook in
// memory, and V8's default (tens of MB of nursery, grown as data survives) would add ~100 MB of peak
// memory to a 20,000-applicant check for nothing (see `npm run bench`). Output, exit status and
// errors pass through unchanged.
'use strict';
const { Worker, isMainThread } = require('node:worker_threads');
const path = require('node:path');

if (isMainThread) {
  // `pacte check … | head`: the reader closed the pipe; stop quietly, as other command-line tools do.
  process.stdout.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const worker = new Worker(__filename, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  worker.on('exit', (code) => {
    process.exitCode = code;
  });
  worker.on('error', (error) => {
    // Only an error scripts/cli.ts did not catch lands here: one French line all the same, no stack.
    require('tsx/cjs/api').register();
    const { messages, printable } = require('../src/domain/messages.ts');
    process.stderr.write(`${printable(messages.cli.unexpected(String((error && error.message) || error)), 2000)}\n`);
    process.exitCode = 2;
  });
} else {
  require('tsx/cjs/api').register();
  require(path.join(__dirname, '../scripts/cli.ts'));
}
