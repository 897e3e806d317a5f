/**
 * Templates as staff edit them in Google Docs: tags in headers, footers, footnotes, tables inside
 * tables, a tag split over runs of different styles — all filled by ONE batch; malformed and
 * unknown tags refused with where they stand. Rendered on the simulator's Docs model.
 */
import { applyBatch } from '../../sim/docs-batch';
import { docEditor, type DocEditor } from '../../sim/docs-edit';
import { plainText, toResource, type DocModel } from '../../sim/docs-model';
import { htmlToDoc } from '../../sim/drive';
import { checkTemplate, planFill, readTemplate, type DocResource } from '../../src/domain/doc-fill';
import { DEFAULT_TEMPLATES } from '../../src/domain/document-templates';
import { dueDocuments, type DocumentsInput, type SessionExtras } from '../../src/domain/documents';
import { presetProfile } from '../../src/domain/presets';
import type { CandidateRow, SessionRow } from '../../src/domain/rows';

const learner = (id: string, firstName: string, lastName: string): CandidateRow => ({
  row: 2,
  id,
  firstName,
  lastName,
  email: `${id.toLowerCase()}@example.org`,
  structure: 'MSP des Monts',
  structureType: 'MSP',
  received: { day: '2025-05-01' },
  ticked: new Set(),
  status: 'Inscrit',
});
const S1: SessionRow = {
  row: 2,
  id: 'S1',
  title: 'Séminaire 1',
  type: 'Séminaire',
  start: '2025-10-16',
  end: '2025-10-17',
  place: 'Rennes',
  compulsory: true,
};
const input: DocumentsInput = {
  profile: presetProfile('bretagne-2025'),
  body: {
    organisation: 'Fédération des maisons de santé de Bretagne',
    address: "12 rue de l'Exemple, 35000 Rennes",
    siret: '123 456 789 00012',
    declaration: '',
    contact: 'Sophie Kerzerho — s.k@example.org — 06 00 00 00 00',
    signatory: 'Sophie Kerzerho, coordinatrice régionale',
    city: 'Rennes',
  },
  senderName: 'Équipe PACTE',
  candidates: [learner('C-0001', 'Yann', 'Le Gall'), learner('C-0002', 'Anne', 'Martin')],
  sessions: [S1],
  extras: new Map<string, SessionExtras>([['S1', { hours: '9h-12h / 14h-17h', trainers: ['Marie Formatrice'] }]]),
  attendance: [],
  theses: [],
  jury: [],
  eligibility: new Map(),
  today: '2025-10-01',
};

function template(html: string, edit: (d: DocEditor) => void = () => undefined): DocModel {
  const doc = htmlToDoc('t', html);
  let n = 0;
  edit(docEditor(doc, (p) => `${p}.${++n}`));
  return doc;
}
const shapeOf = (doc: DocModel) => readTemplate(toResource('t', doc) as DocResource);

describe('tags wherever they stand, in one batch', () => {
  it('fills the header, the footer, a footnote, a table inside a table and a tag split over three runs', () => {
    const doc = template('<p>Madame {{nom}}, bonjour.</p><table><tr><td>Lieu</td><td>x</td></tr></table>', (d) => {
      d.addHeader('{{federation}} — {{promo}}');
      d.addFooter('Séance {{seance_id}} à {{lieu}}');
      d.addFootnote('bonjour', 'Convocation du {{date_seance}}');
      d.appendTable([['{{prenom}}', '{{horaires}}']], { table: 0, row: 0, column: 1 });
      d.setStyle('no', { bold: true }); // {{nom}} → "{{", "no" bold, "m}}"
      d.setStyle('promo', { italic: true }, 1);
    });
    const res = toResource('t', doc) as { body: { content: Array<{ paragraph?: { elements: unknown[] } }> } };
    expect(res.body.content[1]!.paragraph!.elements.length).toBeGreaterThan(3); // the tag spans runs
    const shape = shapeOf(doc);
    expect(shape.hits.map((h) => [h.tag, h.where])).toEqual(
      expect.arrayContaining([
        ['nom', 'body'],
        ['prenom', 'table'],
        ['horaires', 'table'],
        ['federation', 'header'],
        ['promo', 'header'],
        ['seance_id', 'footer'],
        ['lieu', 'footer'],
        ['date_seance', 'footnote'],
      ]),
    );
    const job = dueDocuments(input, { kind: 'convocation', sessionId: 'S1' })[0]!;
    expect(checkTemplate(job.kind, shape)).toEqual([]);
    const filled = applyBatch(doc, planFill(shape, job)).doc;
    expect(plainText(filled)).toBe(
      [
        'ESSORT — Session 2025-2026',
        'Madame Le Gall, bonjour[1].',
        'Lieu | x [Yann | 9h-12h / 14h-17h]',
        '',
        'Séance S1 à Rennes',
        '[1] Convocation du jeudi 16 octobre 2025',
      ].join('\n'),
    );
    // The value takes the style of the text before the tag (Docs' rule for inserted text).
    const first = (
      toResource('t', filled) as {
        body: { content: Array<{ paragraph?: { elements: Array<{ textRun?: { content: string; textStyle: object } }> } }> };
      }
    ).body.content[1]!;
    expect(first.paragraph!.elements[0]!.textRun).toEqual({ content: 'Madame Le Gall, bonjour', textStyle: {} });
  });

  it('repeats a sign-in sheet row kept in a table inside a table, in a header-bearing template', () => {
    const doc = template(
      '<p>{{seance}} — {{demi_journee}}</p><table><tr><td>Apprenant·es</td><td>x</td></tr></table><table><tr><td>{{formateur}}</td></tr></table>',
      (d) => {
        d.addHeader('Feuille du {{date}}');
        d.appendTable(
          [
            ['Nom', 'Signature'],
            ['{{nom}} {{prenom}}', ''],
          ],
          { table: 0, row: 0, column: 1 },
        );
      },
    );
    const job = dueDocuments(input, { kind: 'emargement', sessionId: 'S1' })[0]!;
    const shape = shapeOf(doc);
    expect(checkTemplate(job.kind, shape)).toEqual([]);
    const requests = planFill(shape, job);
    const text = plainText(applyBatch(doc, requests).doc);
    expect(text).toContain('Feuille du jeudi 16 octobre 2025\nSéminaire 1 — Matin');
    expect(text).toContain('Apprenant·es | x [Nom | Signature / Le Gall Yann |  / Martin Anne | ]');
    expect(text).toContain('Marie Formatrice');
    expect(text).not.toContain('{{');
  });

  it('the default templates still pass and fill as before', () => {
    const job = dueDocuments(input, { kind: 'convocation', sessionId: 'S1' })[1]!;
    const doc = htmlToDoc('t', DEFAULT_TEMPLATES.convocation);
    const text = plainText(applyBatch(doc, planFill(shapeOf(doc), job)).doc);
    expect(text).toContain('Anne Martin\nMSP des Monts');
    expect(text).not.toContain('{{');
  });
});

describe('malformed and unknown tags, with where they stand', () => {
  it('reports {nom}}, {{nom, {{ }}, {{{nom}}} and {nom} (a known tag in single braces), each with its places', () => {
    const doc = template('<p>Bonjour {nom}} et {{prenom</p><table><tr><td>{{ }}</td><td>{{{nom}}}</td></tr></table>', (d) => {
      d.addHeader('{{commune}} {nom}');
      d.addFooter('page {{nom');
      d.addFootnote('Bonjour', '{{commune}} ou {x} reste du texte');
    });
    expect(checkTemplate('convocation', shapeOf(doc))).toEqual([
      { code: 'malformed_tag', tag: '{nom}}', where: ['body'] },
      { code: 'malformed_tag', tag: '{{prenom', where: ['body'] },
      { code: 'malformed_tag', tag: '{{ }}', where: ['table'] },
      { code: 'malformed_tag', tag: '{{{nom}}}', where: ['table'] },
      { code: 'malformed_tag', tag: '{nom}', where: ['header'] },
      { code: 'malformed_tag', tag: '{{nom', where: ['footer'] },
      { code: 'unknown_tag', tag: 'commune', where: ['header', 'footnote'] },
    ]);
  });

  it('a tag split over runs is read whole, so a typo inside it is still reported', () => {
    const doc = template('<p>{{ comm<b>un</b>e }}</p>');
    expect(checkTemplate('convocation', shapeOf(doc))).toEqual([{ code: 'unknown_tag', tag: 'commune', where: ['body'] }]);
  });
});
