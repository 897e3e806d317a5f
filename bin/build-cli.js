// Builds the `pacte` CLI into one CommonJS file (esbuild, as the Apps Script bundle) and says
// when that file is stale. Plain CommonJS with no TypeScript: bin/pacte.js needs it before anything
// is compiled, and `npm run build` (scripts/build.ts) calls it too.
'use strict';
var fs = require('node:fs');
var path = require('node:path');

var ROOT = path.resolve(__dirname, '..');
var OUT_DIR = path.join(ROOT, 'dist-cli');
var BUNDLE = path.join(OUT_DIR, 'cli.js');
/** src/domain/messages (index.ts), bundled: the French text bin/pacte.js needs when the CLI itself failed. */
var MESSAGES = path.join(OUT_DIR, 'messages.js');
/** The files the bundle was built from, relative to ROOT: the bundle is stale when one is newer. */
var INPUTS = path.join(OUT_DIR, 'inputs.json');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch (_error) {
    return Infinity; // a deleted input: rebuild, and let esbuild say what is missing
  }
}

/** True when the bundle is missing, or older than any file it was built from (or package.json). */
function isStale() {
  var built = mtime(BUNDLE);
  if (built === Infinity) return true;
  var inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
  } catch (_error) {
    return true;
  }
  if (mtime(path.join(ROOT, 'package.json')) > built) return true;
  for (var i = 0; i < inputs.length; i++) if (mtime(path.join(ROOT, inputs[i])) > built) return true;
  return false;
}

/**
 * Bundles scripts/cli.ts, and src/domain/messages (index.ts) beside it for bin/pacte.js's last-resort French line
 * (an error the CLI did not catch) without TypeScript at run time. Packages stay external (required from
 * node_modules when a command needs them, so `--help` loads neither exceljs nor the xlsx reader). Each
 * file is written to a temporary file then renamed, so a CLI started meanwhile (jest runs several) never
 * reads half a bundle.
 */
function buildCli() {
  var esbuild = require('esbuild');
  var result = esbuild.buildSync({
    entryPoints: { cli: path.join(ROOT, 'scripts/cli.ts'), messages: path.join(ROOT, 'src/domain/messages/index.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    metafile: true,
    write: false,
    outdir: OUT_DIR,
    legalComments: 'none',
    logLevel: 'silent',
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  var inputs = Object.keys(result.metafile.inputs).map(function (file) {
    return path.relative(ROOT, path.resolve(process.cwd(), file));
  });
  var suffix = '.' + process.pid + '.' + Date.now() + '.tmp';
  var bytes = 0;
  writeAtomically(INPUTS, JSON.stringify(inputs), suffix);
  // The bundle last: a CLI started meanwhile finds it only once everything it needs is in place.
  result.outputFiles
    .filter(function (f) {
      return f.path.endsWith('.js');
    })
    .sort(function (a, b) {
      return (a.path === BUNDLE ? 1 : 0) - (b.path === BUNDLE ? 1 : 0);
    })
    .forEach(function (f) {
      writeAtomically(f.path, f.text, suffix);
      if (f.path === BUNDLE) bytes = Buffer.byteLength(f.text);
    });
  return { file: BUNDLE, bytes: bytes, inputs: inputs };
}

function writeAtomically(file, text, suffix) {
  fs.writeFileSync(file + suffix, text);
  fs.renameSync(file + suffix, file);
}

module.exports = { BUNDLE: BUNDLE, MESSAGES: MESSAGES, buildCli: buildCli, isStale: isStale };
