/**
 * Only src/gas (and src/main.ts, the globals Apps Script calls) may name an Apps Script global or
 * type (issue 20). The type check enforces it for src/actions (tsconfig/actions.json has no Apps
 * Script types); this test enforces it for every .ts file under src/ and scripts/ — the pure core, the
 * sidebar pages, the CLI, the playground — by reading the code as a parser does: a name in a comment
 * or a string, or a property called `Drive` on some object, is not a use of the global.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from '@swc/core';

const ROOT = path.join(__dirname, '..', '..');
/** Where Apps Script may be named. Nothing else is exempt. */
const ALLOWED = ['src/gas/', 'src/main.ts'];

/**
 * Every global @types/google-apps-script declares (its services, `GoogleAppsScript`, the advanced
 * services) and the advanced services appsscript.json enables, under the name it gives them.
 * `console` is V8's as much as Apps Script's.
 */
function appsScriptGlobals(): Set<string> {
  const dir = path.join(ROOT, 'node_modules', '@types', 'google-apps-script');
  const names = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'))) {
    for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/^declare (?:var|const|let|function|class|namespace) (\w+)/gm))
      names.add(m[1]!);
  }
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as {
    dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string }> };
  };
  for (const service of manifest.dependencies?.enabledAdvancedServices ?? []) names.add(service.userSymbol);
  names.delete('console');
  return names;
}

const GLOBALS = appsScriptGlobals();
/** Objects through which a global can be reached by property: `globalThis.MailApp`, `globalThis['MailApp']`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'self', 'window']);

type Node = { type?: string; span?: { start: number }; value?: unknown; [key: string]: unknown };

/** Children that hold a name, not a reference: `x.Drive`, `{ Drive: 1 }`, `interface I { Drive: T }`, `ns.Drive` (types)… */
const NAME_ONLY: Record<string, readonly string[]> = {
  MemberExpression: ['property'],
  SuperPropExpression: ['property'],
  TsQualifiedName: ['right'],
  KeyValueProperty: ['key'],
  MethodProperty: ['key'],
  GetterProperty: ['key'],
  SetterProperty: ['key'],
  KeyValuePatternProperty: ['key'],
  ClassProperty: ['key'],
  ClassMethod: ['key'],
  PrivateProperty: ['key'],
  PrivateMethod: ['key'],
  Constructor: ['key'],
  TsPropertySignature: ['key'],
  TsMethodSignature: ['key'],
  TsGetterSignature: ['key'],
  TsSetterSignature: ['key'],
  TsEnumMember: ['id'],
  ImportSpecifier: ['imported'],
  ExportSpecifier: ['exported'],
  LabeledStatement: ['label'],
  BreakStatement: ['label'],
  ContinueStatement: ['label'],
};

interface GoogleName {
  name: string;
  line: number;
}

/** The Apps Script globals a TypeScript source names (as a reference, a type or a binding), with their lines. */
function googleNamesIn(code: string): GoogleName[] {
  const bytes = Buffer.from(code, 'utf8');
  // swc's spans are 1-based byte offsets into the file.
  const lineAt = (span: { start: number }) =>
    bytes
      .subarray(0, span.start - 1)
      .toString('utf8')
      .split('\n').length;
  const found: GoogleName[] = [];
  const visit = (node: unknown, parent?: Node, key?: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent, key);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Identifier' && typeof n.value === 'string' && GLOBALS.has(n.value)) {
      const nameOnly = parent?.type && key && NAME_ONLY[parent.type]?.includes(key);
      const viaGlobalObject = parent?.type === 'MemberExpression' && key === 'property' && isGlobalObject(parent.object);
      if (!nameOnly || viaGlobalObject) found.push({ name: n.value, line: lineAt(n.span!) });
    }
    if (n.type === 'MemberExpression' && isGlobalObject(n.object)) {
      const computed = n.property as Node;
      const literal = computed.type === 'Computed' ? (computed.expression as Node) : undefined;
      if (literal?.type === 'StringLiteral' && GLOBALS.has(String(literal.value)))
        found.push({ name: String(literal.value), line: lineAt(literal.span!) });
    }
    for (const [k, child] of Object.entries(n)) if (k !== 'span' && child && typeof child === 'object') visit(child, n, k);
  };
  visit(parseSync(code, { syntax: 'typescript' }));
  return found.sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
}

/** `globalThis`, also behind parentheses and type assertions: `(globalThis as any)`. */
function isGlobalObject(node: unknown): boolean {
  let n = node as Node | undefined;
  while (
    n &&
    [
      'ParenthesisExpression',
      'TsAsExpression',
      'TsSatisfiesExpression',
      'TsNonNullExpression',
      'TsTypeAssertion',
      'TsConstAssertion',
    ].includes(n.type!)
  ) {
    n = n.expression as Node;
  }
  return n?.type === 'Identifier' && GLOBAL_OBJECTS.has(String(n.value));
}

/** Every .ts file under src/ and scripts/, as repository paths. */
function sourceFiles(): string[] {
  return ['src', 'scripts']
    .flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${dir}/${f.split(path.sep).join('/')}`),
    )
    .sort();
}

const isAllowed = (file: string) => ALLOWED.some((a) => (a.endsWith('/') ? file.startsWith(a) : file === a));

describe('Apps Script is named only in src/gas and src/main.ts', () => {
  it('knows the globals from the Apps Script types and the manifest', () => {
    for (const name of [
      'SpreadsheetApp',
      'MailApp',
      'GmailApp',
      'ScriptApp',
      'PropertiesService',
      'LockService',
      'CacheService',
      'HtmlService',
      'Session',
      'Utilities',
      'UrlFetchApp',
      'DriveApp',
      'DocumentApp',
      'Drive',
      'Docs',
      'Logger',
      'ContentService',
      'CardService',
      'GoogleAppsScript',
    ]) {
      expect(GLOBALS).toContain(name);
    }
    expect(GLOBALS).not.toContain('console');
  });

  it('finds a global used, typed, bound or reached through globalThis; not in comments, strings or property names', () => {
    const sample = [
      '// MailApp.sendEmail in a comment',
      "const s = 'SpreadsheetApp in a string, « Drive » too';",
      'const quota = MailApp.getRemainingDailyQuota();',
      'let sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;',
      'const files = drive_v3.Drive; const o = { Session: 1, [Utilities.x]: 2 }; o.Session; interface I { LockService: string }',
      'type D = typeof Drive;',
      'const { Docs } = o as never; const c = { HtmlService };',
      "const a = globalThis.ScriptApp; const b = (globalThis as any)['PropertiesService'];",
    ].join('\n');
    expect(googleNamesIn(sample)).toEqual([
      { name: 'MailApp', line: 3 },
      { name: 'GoogleAppsScript', line: 4 },
      { name: 'Utilities', line: 5 },
      { name: 'Drive', line: 6 },
      { name: 'Docs', line: 7 },
      { name: 'HtmlService', line: 7 },
      { name: 'PropertiesService', line: 8 },
      { name: 'ScriptApp', line: 8 },
    ]);
  });

  const files = sourceFiles();

  it('reads every layer: the actions, the pure core, the sidebar pages, the CLI and the playground', () => {
    for (const dir of [
      'src/actions/',
      'src/domain/',
      'src/workbook/',
      'src/ui/pages/',
      'scripts/commands/',
      'scripts/google/',
      'scripts/playground/',
    ]) {
      expect(files.filter((f) => f.startsWith(dir) && !isAllowed(f)).length).toBeGreaterThan(0);
    }
    // The adapters do name Apps Script: what the scan would find there, were they not allowed.
    expect(googleNamesIn(readFileSync(path.join(ROOT, 'src/gas/mail.ts'), 'utf8')).map((g) => g.name)).toContain('MailApp');
  });

  it('no file outside src/gas and src/main.ts names an Apps Script global or type', () => {
    const offences = files
      .filter((f) => !isAllowed(f))
      .flatMap((f) => googleNamesIn(readFileSync(path.join(ROOT, f), 'utf8')).map((g) => `${f}:${g.line} ${g.name}`));
    expect(offences).toEqual([]);
  });
});
