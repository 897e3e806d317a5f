// Stops on a Node older than 22 with one French line saying how to upgrade. Written for any Node
// (var, no `??` or `?.`): it must parse where the rest of the project cannot run. Its line is in
// bin/messages.js, not src/domain/messages/, which is TypeScript that such a Node cannot load.
'use strict';
var MIN_NODE = 22;

function requireNode22() {
  var major = parseInt(String(process.versions.node).split('.')[0], 10);
  if (major >= MIN_NODE) return;
  process.stderr.write(require('./messages.js').upgradeNode(MIN_NODE, process.version) + '\n');
  process.exit(1);
}

module.exports = { MIN_NODE: MIN_NODE, requireNode22: requireNode22 };

// `node bin/node-version.js`: the preflight of `npm test` (package.json), the same line as `npm start`'s.
if (require.main === module) requireNode22();
