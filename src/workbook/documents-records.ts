/**
 * What a register row says at each step of a document (workbook.md › `Documents`): claimed
 * (`En cours`, who and since when), made (`Créé`, its links), failed (`Erreur`, why), or released
 * untouched (a claim the call had no time for: back to what the row said before). Text is cut to
 * what a cell holds, so that the row read back is the row written.
 */
import { instantOfDay } from '../domain/dates';
import { KIND_LABELS, type DocumentJob } from '../domain/documents';
import { messages } from '../domain/messages';
import { fitCell, type Cell } from './cells';
import { CLAIMED, CREATED, FAILED, cellOf, claimTime, type RecordCells, type Register, type RegisterRow } from './documents-register';

const D = messages.documents;

function base(job: DocumentJob): Omit<RecordCells, 'Document' | 'PDF' | 'État' | 'Détail' | 'Créé le'> {
  return {
    Clé: job.key,
    Type: KIND_LABELS[job.kind],
    Séance: job.sessionId,
    Date: job.day ? instantOfDay(job.day) : '',
    'Demi-journée': job.halfDay ?? '',
    'ID apprenant': job.learnerId,
    Nom: fitCell(job.name),
  };
}

export function claimRecord(job: DocumentJob, user: string, at: Date): RecordCells {
  return { ...base(job), Document: '', PDF: '', État: CLAIMED, Détail: fitCell(D.claimDetail(user, claimTime(at))), 'Créé le': '' };
}

export function createdRecord(job: DocumentJob, links: { doc: string; pdf: string }, at: Date, adopted: boolean): RecordCells {
  return { ...base(job), Document: links.doc, PDF: links.pdf, État: CREATED, Détail: adopted ? D.adopted : '', 'Créé le': at };
}

export function failedRecord(job: DocumentJob, why: string): RecordCells {
  return { ...base(job), Document: '', PDF: '', État: FAILED, Détail: fitCell(D.failed(why)), 'Créé le': '' };
}

/** A claim the call did not get to: the row says again what it said before the claim (nothing for a new row). */
export function releasedRecord(job: DocumentJob, reg: Register, previous: RegisterRow | undefined): RecordCells {
  const was = (h: 'Document' | 'PDF' | 'État' | 'Détail' | 'Créé le'): Cell => (previous ? (cellOf(reg, previous, h) ?? '') : '');
  if (!previous) return { ...base(job), Document: '', PDF: '', État: '', Détail: D.waiting, 'Créé le': '' };
  return { ...base(job), Document: was('Document'), PDF: was('PDF'), État: was('État'), Détail: was('Détail'), 'Créé le': was('Créé le') };
}
