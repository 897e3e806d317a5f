import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSimulator } from '../../sim';
import { DIST_DIR, loadBundle } from '../../scripts/gas/load-bundle';

describe('the Apps Script bundle', () => {
  const code = readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');

  it('is a classic script: no module syntax, no Node or browser globals', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.(env|argv|exit)/);
    expect(code).not.toMatch(/\bwindow\./);
    expect(code).not.toMatch(/new Function\(/);
  });

  it('stays small (zod/mini, no locales)', () => {
    // zod's locales (every language's error texts) would add several hundred KiB: none of them here.
    expect(code).not.toMatch(/Ungültige Eingabe|Entrada inválida|Entrée invalide/);
    // Readable (unminified) code for staff's execution logs; the features since brought it past 256 KiB.
    expect(Buffer.byteLength(code)).toBeLessThan(512 * 1024);
  });

  it('exposes every entry point as a top-level function in a bare global scope', () => {
    const gas = loadBundle(createSimulator());
    for (const name of [
      'onOpen',
      'onEdit',
      'onInstall',
      'pacteInitCohort',
      'pacteCheckCandidates',
      'pacteComputeEligibility',
      'pacteShowSettings',
      'pacteDailyRefresh',
      'pacteDailyReminders',
    ]) {
      expect(typeof gas[name]).toBe('function');
    }
  });

  it('declares Paris time, V8 and explicit minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ timeZone: 'Europe/Paris', runtimeVersion: 'V8' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    // Documents (docs/documents.md): per-file Drive access, never the whole Drive nor every Doc.
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/documents');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
    // Reminders: send as the user with MailApp (never the full Gmail scope) and manage its own trigger.
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining(['https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/script.scriptapp']),
    );
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
  });
});
