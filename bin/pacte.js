#!/usr/bin/env node
// The `pacte` command: runs scripts/cli.ts from source through tsx, so `npx pacte` works right after `npm ci`.
'use strict';
require('tsx/cjs/api').register();
require('../scripts/cli.ts');
