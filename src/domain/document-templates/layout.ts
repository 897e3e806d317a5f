/**
 * The layout of a default template the HTML import does not give reliably: borders on every table
 * and a page footer with the legal mentions. Two documents.batchUpdate calls, once per template
 * made (never per document): the footer's id comes from the first one's reply (CreateFooterResponse).
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request
 */
import type { DocResource } from '../doc-template';

/** A thin black line (TableCellBorder: "cannot be transparent"; width in points). */
export const BORDER = {
  width: { magnitude: 0.5, unit: 'PT' },
  dashStyle: 'SOLID',
  color: { color: { rgbColor: { red: 0, green: 0, blue: 0 } } },
} as const;
const BORDER_FIELDS = ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const;

/**
 * The footer: the training body on every page. The SIRET and declaration lines are alone in their
 * paragraph, never the footer's last one, so an empty value removes the line (doc-fill).
 */
export const FOOTER_LINES = [
  '{{organisme}} — {{adresse_organisme}}',
  '{{ligne_siret}}',
  '{{ligne_declaration}}',
  '{{programme}} — {{promo}}',
];

/** Borders on every table of the body (their start indexes, as documents.get gives them) and a new default footer. */
export function layoutRequests(doc: DocResource): object[] {
  const tables = (doc.body?.content ?? []).filter((el) => el.table).map((el) => el.startIndex ?? 0);
  return [
    { createFooter: { type: 'DEFAULT' } },
    ...tables.map((index) => ({
      updateTableCellStyle: {
        tableStartLocation: { index },
        tableCellStyle: Object.fromEntries(BORDER_FIELDS.map((f) => [f, BORDER])),
        fields: BORDER_FIELDS.join(','),
      },
    })),
  ];
}

/** The footer's text, into the empty paragraph a new footer holds (its index 0). */
export function footerRequests(footerId: string): object[] {
  return [{ insertText: { location: { segmentId: footerId, index: 0 }, text: FOOTER_LINES.join('\n') } }];
}
