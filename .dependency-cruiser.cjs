/**
 * The layers, one-way (checked by `npm test` through `npm run layers`):
 *   src/domain (pure rules, the vocabulary)  ←  src/workbook (tabs → domain rows, plans)
 *   ←  src/gas (Apps Script adapters)  ←  src/actions  ←  src/main.ts
 *   src/ui/pages (browser code) talks to the server only through src/ui/contract.ts.
 *   The pacte CLI (scripts/cli.ts, scripts/commands, scripts/workbook-file, scripts/google, scripts/simulation) never sees Apps Script code.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const CORE = '^src/(domain|workbook)/';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-the-bottom',
      comment: 'The domain owns the vocabulary and the rules; it never reads tabs or calls Google.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src/(workbook|gas|actions|ui)|sim|scripts|test)/' },
    },
    {
      name: 'workbook-is-pure',
      comment: 'src/workbook maps tabs to the domain, without Apps Script, sidebars or Node tools.',
      severity: 'error',
      from: { path: '^src/workbook/' },
      to: { path: '^(src/(gas|actions|ui)|sim|scripts|test)/' },
    },
    {
      name: 'adapters-know-no-action',
      comment: 'src/gas is thin: actions call adapters, never the reverse.',
      severity: 'error',
      from: { path: '^src/gas/' },
      to: { path: '^(src/(actions|ui)|sim|scripts|test)/' },
    },
    {
      name: 'server-is-not-page-code',
      comment: 'Apps Script code never imports browser code, the simulator or Node tools.',
      severity: 'error',
      from: { path: '^src/(actions/|main\\.ts)' },
      to: { path: '^(src/ui/pages|sim|scripts|test)/' },
    },
    {
      name: 'pages-reach-the-server-by-contract',
      comment: 'A sidebar page calls the server through google.script.run (src/ui/contract.ts), never by import.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^(src/(gas|actions)|src/main\\.ts|sim|scripts|test)' },
    },
    {
      name: 'cli-without-apps-script',
      comment: 'The pacte CLI runs on staff laptops: the pure core only, never Apps Script adapters or the simulator.',
      severity: 'error',
      from: { path: '^scripts/(cli\\.ts|messages\\.ts|commands/|workbook-file/|google/|simulation/)' },
      to: { path: '^(src/(gas|actions|ui)|src/main\\.ts|sim|test)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: CORE },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^(src|scripts|sim)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript compiler API: parse with swc (already the test transform).
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|test-output)/' },
  },
};
