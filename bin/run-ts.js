#!/usr/bin/env node
// Runs a TypeScript entry point straight from source (tsx), so that scripts work right after `npm ci`.
'use strict';
require('./node-version.js').requireNode22();
require('tsx/cjs/api').register();
const path = require('node:path');
const [, , entry, ...rest] = process.argv;
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
