/** The « Décision de sélection » of each candidate the COPIL decided on (`Retenu`, `Liste d'attente`, `Refusé`). */
import { idKey } from '../candidates';
import { formatDayLongFr } from '../dates';
import { documentKeys, statusSlug } from '../keys';
import { messages } from '../messages';
import { byName, fullName } from '../names';
import type { SessionRow } from '../rows';
import { fold } from '../text';
import { DECISION_STATUSES, type DecisionStatus } from '../vocabulary';
import type { Batch, DocumentJob, DocumentsInput } from './job';
import { SELECTION_FOLDER } from './kinds';
import type { DocumentsRequest } from './request';
import { cleanValues, datesText, learnerValues, personFilePart } from './values';

const D = messages.documents;

const decisionOf = (status: string): DecisionStatus | undefined => DECISION_STATUSES.find((s) => fold(s) === fold(status));

/** The launch seminar: the `Accueil T0` session, else the first dated one. */
function launchSession(sessions: readonly SessionRow[]): SessionRow | undefined {
  const dated = sessions.filter((s) => s.start).sort((a, b) => (a.start! < b.start! ? -1 : 1));
  return dated.find((s) => fold(s.type) === fold('Accueil T0')) ?? dated[0];
}

/** The candidates with a decision (the learners a request names, when it names some), in name order. */
export function decided(
  input: DocumentsInput,
  request: DocumentsRequest,
): Array<{ c: DocumentsInput['candidates'][number]; status: DecisionStatus }> {
  const wanted = request.learnerIds ? new Set(request.learnerIds.map(idKey)) : undefined;
  return input.candidates
    .filter((c) => c.id && (!wanted || wanted.has(idKey(c.id))))
    .flatMap((c) => {
      const status = decisionOf(c.status);
      return status ? [{ c, status }] : [];
    })
    .sort((a, b) => byName(a.c, b.c));
}

export function decisionJobs(batch: Batch, input: DocumentsInput, request: DocumentsRequest): DocumentJob[] {
  const launch = launchSession(input.sessions);
  const start = launch?.start ?? '';
  const end = launch?.end ?? start;
  const when = !start ? '' : start === end ? `le ${formatDayLongFr(start)}` : datesText(start, end);
  return decided(input, request).map(({ c, status }) => ({
    key: documentKeys.decision(c.id, status),
    kind: 'decision',
    sessionId: '',
    learnerId: c.id,
    name: fullName(c),
    fileName: `selection_${statusSlug(status)}_${personFilePart(c)}`,
    folder: SELECTION_FOLDER,
    values: cleanValues({
      ...batch.common,
      ...learnerValues(c, batch.civility(c)),
      decision: D.decisionWords[status],
      suite: D.decisionNext[status](when, launch?.place ?? ''),
    }),
  }));
}
