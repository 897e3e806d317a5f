#!/usr/bin/env node
// Runs a TypeScript entry point straight from source with tsx, for the development commands (`npm start`,
// `npm run build`, `npm run bench`): tsx is a development dependency. `pacte` never needs it (bin/pacte.js).
'use strict';
require('./node-version.js').requireNode22();
require('tsx/cjs/api').register();
const path = require('node:path');
const [, , entry, ...rest] = process.argv;
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
