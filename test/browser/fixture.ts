/**
 * A copy of dist/ whose bundle also opens a test sidebar (menu « Essai »), to prove the playground's
 * google.script.run shim on its own: handlers, user object, failures, private names, illegal values, close.
 */
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST_DIR } from '../../scripts/gas/load-bundle';

const SERVER = `
// ---- test fixture (test/browser/fixture.ts), never shipped ----
function onOpen(e) {
  __PACTE__.onOpen(e);
  SpreadsheetApp.getUi().createMenu('Essai').addItem('Ouvrir le panneau d\\u2019essai', 'pacteTestSidebar')
    .addItem('Question', 'pacteTestAsk').addItem('Question après écriture', 'pacteTestWriteThenAsk').addToUi();
}
function pacteTestSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('essai').setTitle('Panneau d\\u2019essai'));
}
function pacteTestEcho(x) {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal').appendRow([new Date(), 'Essai', x.name, '', Session.getActiveUser().getEmail(), '']);
  return { got: x, user: Session.getActiveUser().getEmail() };
}
function pacteTestAsk() {
  var ui = SpreadsheetApp.getUi();
  var first = ui.alert('Essai', 'Continuer ?', ui.ButtonSet.YES_NO);
  var second = ui.prompt('Essai', 'Votre nom ?', ui.ButtonSet.OK_CANCEL);
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal').appendRow([new Date(), 'Question', String(first), second.getSelectedButton() + ':' + second.getResponseText(), '', '']);
}
function pacteTestWriteThenAsk() {
  var ui = SpreadsheetApp.getUi();
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal').appendRow([new Date(), 'Avant', '', '', '', '']);
  var answer = ui.alert('Essai', 'Et maintenant ?', ui.ButtonSet.YES_NO);
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal').appendRow([new Date(), 'Après', String(answer), '', '', '']);
}
function pacteTestFail() { throw new Error('Refusé : essai <b>non</b>'); }
function pacteTestHidden_() { return 1; }
`;

const PAGE = `<!DOCTYPE html>
<html>
<head><base target="_top"><meta charset="utf-8"><style>body { font: 13px sans-serif; padding: 8px; } output { display: block; margin-top: 8px; }</style></head>
<body>
<label for="name">Nom</label> <input id="name" value="Camille">
<p><button id="echo">Écho</button> <button id="fail">Échec</button> <button id="private">Privée</button> <button id="date">Date</button> <button id="close">Fermer le panneau</button></p>
<output id="out" aria-live="polite"></output>
<script>
  var out = document.getElementById('out');
  function show(t) { out.textContent = t; }
  document.getElementById('echo').onclick = function () {
    google.script.run
      .withSuccessHandler(function (v, u) { show('succès ' + JSON.stringify(v) + ' ' + u); })
      .withFailureHandler(function (e) { show('échec ' + e.message); })
      .withUserObject('u1')
      .pacteTestEcho({ name: document.getElementById('name').value, skip: undefined });
  };
  document.getElementById('fail').onclick = function () {
    google.script.run
      .withSuccessHandler(function () { show('succès inattendu'); })
      .withFailureHandler(function (e, u) { show('échec ' + (e instanceof Error) + ' ' + e.message + ' ' + u); })
      .withUserObject('u2')
      .pacteTestFail();
  };
  document.getElementById('private').onclick = function () {
    try { google.script.run.pacteTestHidden_(); show('appel privé accepté'); }
    catch (e) { show('erreur ' + e.name); }
  };
  document.getElementById('date').onclick = function () {
    try { google.script.run.pacteTestEcho(new Date()); show('date acceptée'); }
    catch (e) { show('erreur ' + e.message); }
  };
  document.getElementById('close').onclick = function () { google.script.host.close(); };
</script>
</body>
</html>
`;

/** A temporary dist/ with the fixture appended; returns its path. */
export async function fixtureDist(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pacte-dist-'));
  for (const name of await readdir(DIST_DIR)) {
    if (name.endsWith('.html') || name.endsWith('.json')) await copyFile(path.join(DIST_DIR, name), path.join(dir, name));
  }
  await writeFile(path.join(dir, 'Code.js'), (await readFile(path.join(DIST_DIR, 'Code.js'), 'utf8')) + SERVER);
  await writeFile(path.join(dir, 'essai.html'), PAGE);
  return dir;
}
