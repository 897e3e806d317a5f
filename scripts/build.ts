/**
 * `npm run build`: bundles src/main.ts for Apps Script's V8 runtime into dist/, and the `pacte` CLI
 * into dist-cli/ (bin/build-cli.js; bin/pacte.js also rebuilds it on demand when a source is newer).
 * Apps Script only calls top-level function declarations (menus, triggers, google.script.run),
 * so every export of src/main.ts gets a one-line stub around the bundled module.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');
const GLOBAL = '__PACTE__';

/** Names exported by src/main.ts, read from esbuild's metafile (no hand-kept list to forget). */
async function entryPoints(): Promise<string[]> {
  const probe = await build({
    entryPoints: [path.join(ROOT, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const output = Object.values(probe.metafile.outputs)[0]!;
  return [...output.exports].sort();
}

async function bundleServer(names: string[]): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    minifySyntax: true,
    minifyWhitespace: false,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const stubs = names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`).join('\n');
  return `${result.outputFiles[0]!.text}\n// Entry points Apps Script can see (menus, triggers, google.script.run).\n${stubs}\n`;
}

/** One file bundled by esbuild, minified for the browser: a page's client, or its stylesheet with its `@import`s. */
async function bundled(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: entry.endsWith('.ts') ? 'iife' : undefined,
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * Sidebar pages: each folder of src/ui/pages/ with a style.css and a client.ts, both bundled and inlined
 * (no CDN) in the one page skeleton, src/ui/page.html. The form sidebars' shared look, src/ui/sidebar-form.css,
 * comes in by an `@import` at the top of their style.css.
 */
async function buildPages(): Promise<string[]> {
  const dir = path.join(ROOT, 'src/ui/pages');
  const skeleton = await readFile(path.join(ROOT, 'src/ui/page.html'), 'utf8');
  const pages = await readdir(dir).catch(() => [] as string[]);
  const written: string[] = [];
  for (const page of pages) {
    if (!existsSync(path.join(dir, page, 'style.css'))) continue;
    // `</style` or `</script` inside the code would end the inline element early.
    const style = (await bundled(path.join(dir, page, 'style.css'))).replace(/<\/style/gi, '<\\/style');
    const code = (await bundled(path.join(dir, page, 'client.ts'))).replace(/<\/script/gi, '<\\/script');
    const html = skeleton
      .replace('<!-- PAGE_STYLE -->', () => `<style>\n${style}</style>`)
      .replace('<!-- CLIENT_SCRIPT -->', () => `<script>\n${code}</script>`);
    await writeFile(path.join(DIST, `${page}.html`), html);
    written.push(`${page}.html`);
  }
  return written;
}

/** The prebuilt CLI: plain CommonJS shared with bin/pacte.js, which builds it before TypeScript can run. */
export function buildCli(): { file: string; bytes: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cli = require('../bin/build-cli.js') as { buildCli: () => { file: string; bytes: number } };
  return cli.buildCli();
}

export async function buildAll(): Promise<{ bytes: number; entryPoints: string[]; pages: string[] }> {
  await mkdir(DIST, { recursive: true });
  const names = await entryPoints();
  const code = await bundleServer(names);
  await writeFile(path.join(DIST, 'Code.js'), code);
  await copyFile(path.join(ROOT, 'appsscript.json'), path.join(DIST, 'appsscript.json'));
  const pages = await buildPages();
  return { bytes: Buffer.byteLength(code), entryPoints: names, pages };
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  buildAll().then(
    ({ bytes, entryPoints: names, pages }) => {
      console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KiB, ${names.length} entry points (${names.join(', ')})`);
      if (pages.length) console.log(`dist/: ${pages.join(', ')}`);
      const cli = buildCli();
      console.log(`${path.relative(ROOT, cli.file)}: ${(cli.bytes / 1024).toFixed(1)} KiB (pacte)`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
