/**
 * What each document must hold (workbook.md › `Documents`, "What each document holds"), as the tags
 * that print it: a template holds a mention when it holds every tag of one of its ways. *Vérifier les
 * modèles* names the mentions a template staff edited no longer holds (the default templates hold
 * all of them). A fixed text (« Signature », a line for remarks) is the template's, not a tag.
 */
import type { DocumentKind } from './kinds';

export type MentionId =
  | 'organisme'
  | 'adresse'
  | 'siret'
  | 'declaration'
  | 'fait_a'
  | 'learner_full'
  | 'learner'
  | 'session'
  | 'dates'
  | 'horaires'
  | 'lieu'
  | 'duree'
  | 'programme'
  | 'programme_seance'
  | 'contact'
  | 'responsable'
  | 'date'
  | 'demi_journee'
  | 'learner_rows'
  | 'trainer_rows'
  | 'presences'
  | 'heures_presence'
  | 'diplome'
  | 'formation_dates'
  | 'heures_formation'
  | 'memoire'
  | 'titre'
  | 'soutenance_date'
  | 'jury'
  | 'jury_rows'
  | 'resultat'
  | 'candidat'
  | 'decision'
  | 'suite';

export interface Mention {
  id: MentionId;
  /** Each way of printing it: the tags, all of them. */
  ways: ReadonlyArray<readonly string[]>;
}

const m = (id: MentionId, ...ways: Array<readonly string[]>): Mention => ({ id, ways });

/** On every document. */
const EVERY: readonly Mention[] = [
  m('organisme', ['organisme']),
  m('adresse', ['adresse_organisme']),
  m('siret', ['ligne_siret']),
  m('declaration', ['ligne_declaration']),
  m('fait_a', ['fait_le'], ['ville', 'date_document']),
];

export const MENTIONS: Record<DocumentKind, readonly Mention[]> = {
  convocation: [
    ...EVERY,
    m('learner_full', ['apprenant', 'structure'], ['civilite', 'prenom', 'nom', 'structure']),
    m('session', ['seance', 'type_seance']),
    m('dates', ['dates_seance']),
    m('horaires', ['horaires']),
    m('lieu', ['lieu']),
    m('duree', ['heures_seance']),
    m('programme_seance', ['ligne_programme']),
    m('contact', ['contact'], ['ligne_contact']),
    m('responsable', ['responsable']),
  ],
  emargement: [
    ...EVERY,
    m('programme', ['programme']),
    m('session', ['seance']),
    m('date', ['date']),
    m('demi_journee', ['demi_journee']),
    m('horaires', ['horaires']),
    m('lieu', ['lieu']),
    m('learner_rows', ['nom', 'prenom', 'structure']),
    m('trainer_rows', ['formateur']),
  ],
  'attestation-presence': [
    ...EVERY,
    m('learner', ['apprenant'], ['prenom', 'nom']),
    m('session', ['seance', 'dates_seance']),
    m('presences', ['date_presence', 'demi_journee_presence', 'horaires_presence'], ['detail_presences']),
    m('heures_presence', ['heures_presentes', 'heures_seance']),
    m('responsable', ['responsable']),
  ],
  'attestation-fin': [
    ...EVERY,
    m('learner', ['apprenant'], ['prenom', 'nom']),
    m('diplome', ['diplome']),
    m('formation_dates', ['debut_formation', 'fin_formation']),
    m('heures_formation', ['heures_formation']),
    m('memoire', ['titre_memoire', 'resultat_memoire']),
    m('responsable', ['responsable']),
  ],
  'convocation-soutenance': [
    ...EVERY,
    m('learner', ['apprenant'], ['prenom', 'nom']),
    m('soutenance_date', ['date_soutenance', 'heure_soutenance']),
    m('lieu', ['lieu']),
    m('jury', ['jury']),
    m('titre', ['titre_memoire']),
    m('contact', ['contact'], ['ligne_contact']),
  ],
  'pv-soutenance': [
    ...EVERY,
    m('learner', ['apprenant'], ['prenom', 'nom']),
    m('titre', ['titre_memoire']),
    m('soutenance_date', ['date_soutenance', 'heure_soutenance']),
    m('jury_rows', ['membre_jury', 'role_jury']),
    m('resultat', ['resultat_memoire']),
  ],
  decision: [
    ...EVERY,
    m('candidat', ['apprenant'], ['prenom', 'nom']),
    m('decision', ['decision']),
    m('suite', ['suite']),
    m('contact', ['contact'], ['ligne_contact']),
  ],
};

/** The mentions a template no longer holds, given the tags it holds anywhere. */
export function missingMentions(kind: DocumentKind, tags: ReadonlySet<string>): Mention[] {
  return MENTIONS[kind].filter((mention) => !mention.ways.some((way) => way.every((t) => tags.has(t))));
}
