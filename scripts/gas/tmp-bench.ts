import { measureDocuments } from './measure-documents';
for (const n of [5, 50, 150]) { const c = measureDocuments(n); console.log(n, c.serverCalls, c.total, (c.total / c.documents).toFixed(2), c.drive, (c.drive / c.documents).toFixed(2)); }
