/** What every default template shares: the page, its heading, the « Fait à » and the signature block. */

/** A sober page: a readable type, tables with borders (also set by layout.ts, which Docs keeps). */
export const page = (body: string) =>
  '<!DOCTYPE html><html><head><meta charset="utf-8">' +
  '<style>body{font-family:Arial,sans-serif;font-size:11pt}td,th{border:1px solid #000;padding:4pt}</style>' +
  `</head><body>${body}</body></html>`;

/** The training body and the programme, above the title. */
export const heading = (title: string) => `<p><b>{{organisme}}</b></p><p>{{programme}} — {{diplome}}, {{promo}}</p><h1>${title}</h1>`;

/** « Fait à Rennes, le … », who signs, and room for the signature. */
export const signature = '<p>{{fait_le}}</p><p>{{responsable}}</p><p>Signature :</p><p></p>';

/** A two-column table of labels and values. */
export const facts = (rows: ReadonlyArray<readonly [string, string]>) =>
  `<table>${rows.map(([label, value]) => `<tr><td><b>${label}</b></td><td>${value}</td></tr>`).join('')}</table>`;
