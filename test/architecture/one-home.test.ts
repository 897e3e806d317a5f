/**
 * One home per rule (issue 20): the code that spells each rule lives in one module, and a copy of it
 * anywhere else in src/ or scripts/ fails here with the place to use instead. Each pattern is the
 * rule's own signature (the arithmetic, the literal), not a name, so a renamed copy is caught too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFiles } from './sizes';

const ROOT = path.resolve(__dirname, '../..');

interface Rule {
  what: string;
  pattern: RegExp;
  /** The files allowed to spell it (a folder ends with /). */
  home: readonly string[];
  /**
   * src/actions and src/gas are reworked on another branch (Apps Script behind src/gas): their copies
   * pass until that work is merged, then switch to the home. Empty these lists at the merge.
   */
  untilGasMerge?: readonly string[];
}

const RULES: readonly Rule[] = [
  {
    what: 'a time zone read with Intl',
    pattern: /\bIntl\.DateTimeFormat\b|\btimeZone\s*:|getTimezoneOffset\(/,
    home: ['src/domain/dates/'],
  },
  { what: 'column letters', pattern: /String\.fromCharCode\(65|charCodeAt\(0\) - 64/, home: ['src/workbook/a1.ts'] },
  { what: '« Prénom Nom »', pattern: /firstName[^`\n]*\} \$\{[^`\n]*lastName/, home: ['src/domain/names.ts'] },
  { what: 'a key prefix', pattern: /['`](relance|presences|entretien|decision|document):/, home: ['src/domain/keys.ts'] },
  { what: "Drive's query quoting", pattern: /replace\(\/'\/g, "\\\\'"\)/, home: ['src/domain/drive-query.ts'] },
  { what: 'HTML escaping', pattern: /&amp;/, home: ['src/domain/text.ts'] },
  { what: 'a DOM element built', pattern: /document\.createElement\(/, home: ['src/ui/dom.ts'] },
];

const files = sourceFiles(ROOT, ['src', 'scripts']);
const texts = new Map(files.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
const inList = (file: string, list: readonly string[]) => list.some((h) => (h.endsWith('/') ? file.startsWith(h) : file === h));

describe('one home per rule', () => {
  it.each(RULES.map((r) => [r.what, r] as const))('%s is spelt in its home only', (_what, rule) => {
    const found = files.filter((f) => rule.pattern.test(texts.get(f)!));
    expect(found.filter((f) => !inList(f, rule.home) && !inList(f, rule.untilGasMerge ?? []))).toEqual([]);
    // The home really holds it (the pattern is not dead), and every file waiting for the merge still does.
    expect(found.filter((f) => inList(f, rule.home)).length).toBeGreaterThan(0);
    for (const f of rule.untilGasMerge ?? []) expect(found).toContain(f);
  });
});
