/**
 * The README stands alone in a clone: its links resolve inside the repository, and the workbook
 * contract it links to (docs/workbook.md) names every tab, header, setting key and code the code uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CANDIDATE_PROBLEM_CODES, DEFENCE_PROBLEM_CODES, LEARNER_REASON_CODES } from '../../src/domain/codes';
import { statusSlug } from '../../src/domain/keys';
import { CANDIDATE_STATUSES, DECISION_STATUSES } from '../../src/domain/vocabulary';
import { ALL_TABS, SETTING_KEYS } from '../../src/workbook/schema';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Relative targets of Markdown links and of `code` spans that look like paths. */
function relativeTargets(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const spans = [...markdown.matchAll(/`([^`\s]*\/[^`\s]*\.(?:md|ts|json|png))`/g)].map((m) => m[1]!);
  return [...links, ...spans].filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#') && !t.includes('*')).map((t) => t.split('#')[0]!);
}

describe('the README in a clone', () => {
  it('links only to files the repository holds (no ../shared)', () => {
    const readme = read('README.md');
    expect(readme).not.toMatch(/\.\.\/shared|\bshared\/workbook\.md/);
    const targets = relativeTargets(readme);
    expect(targets).toContain('docs/workbook.md');
    for (const target of targets) expect([target, existsSync(path.join(ROOT, target))]).toEqual([target, true]);
  });
});

describe('the README on the playground', () => {
  it('says the address is printed for the person to open, not opened', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/prints its address/);
    expect(readme).toMatch(/it opens nothing\s+itself/);
    expect(readme).not.toMatch(/and opens the \*\*playground\*\*/);
    expect(readme).not.toMatch(/answered « Fermer »\.$/m);
  });
});

describe('docs/workbook.md', () => {
  const doc = read('docs/workbook.md');

  it('names every tab and header of the schema, exactly', () => {
    for (const tab of ALL_TABS) {
      expect([tab.name, doc.includes(`\`${tab.name}\``)]).toEqual([tab.name, true]);
      for (const header of tab.headers) expect([tab.name, header, doc.includes(`\`${header}\``)]).toEqual([tab.name, header, true]);
    }
  });

  it('names every setting key, applicant problem code, learner reason code and soutenance problem code', () => {
    for (const key of Object.values(SETTING_KEYS)) expect([key, doc.includes(`\`${key}\``)]).toEqual([key, true]);
    for (const code of [...CANDIDATE_PROBLEM_CODES, ...LEARNER_REASON_CODES, ...DEFENCE_PROBLEM_CODES])
      expect([code, doc.includes(`\`${code}\``)]).toEqual([code, true]);
  });

  it('shows the JSON shapes of pacte check, pacte relances and pacte selection, and the journal keys', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (m) => JSON.parse(m[1]!.replace(/"…"/g, '""')) as Record<string, unknown>,
    );
    expect(blocks.map((b) => Object.keys(b))).toEqual([
      ['profile', 'today', 'candidates', 'learners', 'defences'],
      ['today', 'reminders', 'problems'],
      ['statuts', 'candidates', 'problems'],
    ]);
    expect(Object.keys(blocks[2]!.statuts as object)).toEqual([...CANDIDATE_STATUSES]);
    expect(doc).toContain('`presences:<séance>:<AAAA-MM-JJ>:<matin\\|apres-midi>`');
    for (const key of [
      '`entretien:<ID candidat>:<Créneau>:<AAAA-MM-JJTHH:MM>`',
      '`decision:<ID>:<Statut slug>`',
      '`document:decision:<ID>:<Statut slug>`',
    ])
      expect(doc).toContain(key);
    for (const slug of DECISION_STATUSES.map(statusSlug)) expect(doc).toContain(`\`${slug}\``);
  });

  it('restates the shared contract rather than copying it', () => {
    const shared = '/work/shared/workbook.md';
    if (!existsSync(shared)) return; // a clone has no shared folder: nothing to compare
    // No sentence of ten words or more is taken over word for word (lists of values aside).
    const sentences = (text: string) =>
      text
        .replace(/\s+/g, ' ')
        .split(/(?<=[.:;])\s/)
        .map((s) => s.trim())
        .filter((s) => s.split(' ').length >= 10);
    const docText = doc.replace(/\s+/g, ' ');
    const copied = sentences(readFileSync(shared, 'utf8')).filter(
      (s) => !s.includes('|') && !s.includes('{') && s.split(',').length < 5 && docText.includes(s),
    );
    expect(copied).toEqual([]);
  });
});
