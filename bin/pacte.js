#!/usr/bin/env node
// The `pacte` command. Written for any Node (no `??`, no `?.`, CommonJS): on a Node older than 22 it
// must still parse, to say so in one French line instead of a syntax error.
//
// It runs the prebuilt CLI (dist-cli/cli.js, built by esbuild), building it first when it is missing
// or older than its sources: `npx pacte` works right after `npm ci`, and no run pays for compiling
// TypeScript again (compiling on every run took ~1 s of each `pacte --help`). Nothing here runs
// TypeScript from source: without the build there is nothing to run, and it says so in French.
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
  try {
    if (cli.isStale()) cli.buildCli();
  } catch (error) {
    // No esbuild (an install without the development tools) or a build error: nothing to run. One
    // French line with esbuild's first error, never a stack; no TypeScript runs without the build.
    var first = error && error.errors && error.errors[0];
    var detail = first
      ? first.text + (first.location ? ' — ' + first.location.file + ':' + first.location.line : '')
      : String((error && error.message) || error);
    process.stderr.write(require('./messages.js').buildFailed(detail.split('\n')[0].slice(0, 300)) + '\n');
    process.exit(2);
  }
  var worker = new workerThreads.Worker(__filename, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  var crashed = false;
  worker.on('exit', function (code) {
    // After an uncaught error the worker exits 1; the command's status for an error is 2.
    process.exitCode = crashed ? 2 : code;
  });
  worker.on('error', function (error) {
    // Only an error the CLI did not catch lands here (out of memory, a crash in a module it loaded): one
    // French line all the same, no stack, from the messages bundled beside the CLI.
    var m = require(cli.MESSAGES);
    process.stderr.write(m.printable(m.messages.cli.unexpected(String((error && error.message) || error)), 2000) + '\n');
    crashed = true;
  });
} else {
  require(cli.BUNDLE);
}
