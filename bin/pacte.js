#!/usr/bin/env node
// The `pacte` command. Written for any Node (no `??`, no `?.`, CommonJS): on a Node older than 22 it
// must still parse, to say so in one French line instead of a syntax error.
//
// It runs the prebuilt CLI (dist-cli/cli.js, built by esbuild), building it first when it is missing
// or older than its sources: `npx pacte` works right after `npm ci`, and no run pays for compiling
// TypeScript again (compiling on every run took ~1 s of each `pacte --help`).
//
// The CLI runs in a worker thread with a small young generation: a check keeps the whole workbook in
// memory, and V8's default (tens of MB of nursery, grown as data survives) would add ~100 MB of peak
// memory to a 20,000-applicant check for nothing (see `npm run bench`). Output, exit status and
// errors pass through unchanged.
'use strict';
require('./node-version.js').requireNode22();

var workerThreads = require('node:worker_threads');
var cli = require('./build-cli.js');

if (workerThreads.isMainThread) {
  // `pacte check … | head`: the reader closed the pipe; stop quietly, as other command-line tools do.
  process.stdout.on('error', function (error) {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw error;
  });
  var built = true;
  try {
    if (cli.isStale()) cli.buildCli();
  } catch (error) {
    built = false; // no esbuild (a production install) or a build error: run from source below
  }
  var worker = new workerThreads.Worker(__filename, {
    argv: process.argv.slice(2),
    workerData: { built: built },
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  worker.on('exit', function (code) {
    process.exitCode = code;
  });
  worker.on('error', function (error) {
    // Only an error the CLI did not catch lands here: one French line all the same, no stack.
    // A rare path: loading the messages from source (tsx) costs nothing that matters here.
    require('tsx/cjs/api').register();
    var m = require('../src/domain/messages.ts');
    process.stderr.write(m.printable(m.messages.cli.unexpected(String((error && error.message) || error)), 2000) + '\n');
    process.exitCode = 2;
  });
} else if (workerThreads.workerData && workerThreads.workerData.built) {
  require(cli.BUNDLE);
} else {
  require('tsx/cjs/api').register();
  require('../scripts/cli.ts');
}
