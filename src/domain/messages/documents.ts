/** What the documents sidebar and the making of documents say, and the words documents print. */
import type { LearnerState } from '../codes';
import { q } from '../french';
import type { DecisionStatus, JuryRole } from '../vocabulary';

/** « 14 heures », « 10,5 heures », « 1 heure » (singular below 2, as French counts). */
function hoursCount(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${String(rounded).replace('.', ',')} heure${rounded >= 2 ? 's' : ''}`;
}
const halfDaysCount = (n: number) => `${n} demi-journée${n > 1 ? 's' : ''}`;

/** What *Vérifier les modèles* names when a template no longer holds a mention, and the tags that print it. */
const MENTION_LABELS = {
  organisme: "l'organisme de formation",
  adresse: "l'adresse de l'organisme",
  siret: 'le SIRET',
  declaration: "le numéro de déclaration d'activité",
  fait_a: '« Fait à …, le … »',
  learner_full: "l'apprenant·e (civilité, prénom, nom, structure)",
  learner: "l'apprenant·e (prénom, nom)",
  session: 'la séance',
  dates: 'les dates de la séance',
  horaires: 'les horaires',
  lieu: 'le lieu',
  duree: 'la durée en heures',
  programme: 'le programme',
  programme_seance: 'le programme de la séance (colonne « Programme » de « Séances »)',
  contact: 'le contact (« Contact »)',
  responsable: 'le ou la responsable (« Responsable »)',
  date: 'la date',
  demi_journee: 'la demi-journée',
  learner_rows: 'une ligne par apprenant·e (nom, prénom, structure)',
  trainer_rows: 'une ligne par formateur·rice',
  presences: 'chaque demi-journée de présence avec sa date et ses horaires',
  heures_presence: 'les heures de présence sur les heures de la séance',
  diplome: 'le diplôme',
  formation_dates: 'les dates de début et de fin de la formation',
  heures_formation: 'le total des heures suivies',
  memoire: 'le titre du mémoire et son résultat',
  titre: 'le titre du mémoire',
  soutenance_date: "la date et l'heure de la soutenance",
  jury: 'les noms du jury',
  jury_rows: 'une ligne par membre du jury (nom, rôle)',
  resultat: 'le résultat (Admis / Ajourné)',
  candidat: 'le ou la candidat·e (prénom, nom)',
  decision: 'la décision',
  suite: 'la suite (pour une candidature retenue : la date et le lieu du séminaire de lancement)',
} as const;

/** What each kind of repeated table row stands for. */
const ROW_KINDS = { learner: 'apprenant·es', trainer: 'formateur·rices', presence: 'demi-journées de présence', jury: 'membres du jury' };

const STATE_WORDS: Record<Exclude<LearnerState, 'eligible'>, (n: number) => string> = {
  in_progress: (n) => `${n} en cours`,
  at_risk: (n) => `${n} à risque`,
  not_eligible: (n) => `${n} non éligible${n > 1 ? 's' : ''}`,
};

export const documentsMessages = {
  sidebarTitle: 'Documents',
  journalAction: 'Document créé',
  serviceMissing: (service: string) =>
    `Le service avancé ${q(service)} n'est pas activé pour ce script : réinstallez PACTE (npm run push) pour qu'il reprenne le fichier appsscript.json, puis réessayez.`,
  unknownSession: (id: string) => `Séance inconnue : ${q(id)}. Choisissez une séance de l'onglet « Séances ».`,
  sessionNeeded: 'Choisissez une séance.',
  folderInBin: (value: string) =>
    `Le dossier ${q(value)} (clé « Dossier Drive » de l'onglet « Paramètres ») est dans la corbeille de Google Drive, seul ou avec un dossier qui le contient. Restaurez-le depuis la corbeille (ou videz la clé pour que PACTE crée un nouveau dossier), puis réessayez. Aucun document n'a été créé.`,
  folderUnreachable: (value: string) =>
    `Le dossier ${q(value)} (clé « Dossier Drive » de l'onglet « Paramètres ») est introuvable ou n'a pas été créé par PACTE, qui n'accède qu'aux fichiers qu'il a créés. Videz la clé : PACTE créera le dossier de la cohorte et y écrira son adresse.`,
  templateUnreachable: (key: string) =>
    `Le modèle de la clé ${q(key)} est introuvable ou n'a pas été créé par PACTE, qui n'accède qu'aux fichiers qu'il a créés. Videz la clé : PACTE recréera un modèle par défaut (dans « Modèles ») ; copiez-y votre mise en page.`,
  templateProblems: (key: string, lines: readonly string[]) =>
    `Le modèle ${q(key)} ne peut pas être utilisé :\n${lines.map((l) => `• ${l}`).join('\n')}\nCorrigez le modèle dans Google Docs, puis réessayez. Aucun document n'a été créé.`,
  /** Where a tag stands, as staff see it in Google Docs. */
  where: { body: 'corps du document', table: 'tableau', header: 'en-tête', footer: 'pied de page', footnote: 'note de bas de page' },
  problem: {
    malformed_tag: (text: string, where: string) =>
      `balise mal formée ${q(text)} (${where}) : une balise s'écrit avec deux accolades de chaque côté, par exemple {{nom}}`,
    unknown_tag: (tag: string, where: string) => `balise inconnue {{${tag}}} (${where}) : voir la liste des balises dans le guide`,
    not_for_type: (tag: string, where: string) => `la balise {{${tag}}} (${where}) n'a pas de valeur pour ce type de document`,
    outside_row: (tag: string, where: string) =>
      `la balise {{${tag}}} (${where}) doit être dans une ligne de tableau (elle est répétée pour chaque personne)`,
    mixed_row: (kinds: string) =>
      `une même ligne de tableau mélange ${kinds
        .split('+')
        .map((k) => ROW_KINDS[k as keyof typeof ROW_KINDS] ?? k)
        .join(' et ')} (${kinds})`,
    repeated_twice: (which: string) =>
      `plusieurs lignes de tableau à répéter pour les ${ROW_KINDS[which as keyof typeof ROW_KINDS] ?? which} : gardez-en une seule`,
  },
  mentionMissing: (id: keyof typeof MENTION_LABELS, ways: ReadonlyArray<readonly string[]>) =>
    `mention absente : ${MENTION_LABELS[id]} — ajoutez ${ways.map((w) => w.map((t) => `{{${t}}}`).join(' et ')).join(' (ou ')}${ways.length > 1 ? ')' : ''}`,
  // The words documents print (tag values).
  siretLine: (siret: string) => `SIRET : ${siret}`,
  declarationLine: (n: string) =>
    `Déclaration d'activité enregistrée sous le numéro ${n} (cet enregistrement ne vaut pas agrément de l'État)`,
  programmeLine: (programme: string) => `Programme : ${programme}`,
  contactLine: (contact: string) => `Pour toute question : ${contact}.`,
  madeAt: (city: string, when: string) => (city ? `Fait à ${city}, le ${when}` : `Fait le ${when}`),
  hoursCount,
  halfDaysCount,
  courseHours: (hours: number, unknownHalfDays: number) =>
    unknownHalfDays === 0
      ? hoursCount(hours)
      : hours > 0
        ? `${hoursCount(hours)} et ${halfDaysCount(unknownHalfDays)}`
        : halfDaysCount(unknownHalfDays),
  resultPending: 'en attente de la soutenance',
  resultToCircle: 'Admis / Ajourné (rayer la mention inutile)',
  juryRole: (role: JuryRole | undefined) => (role === 'Président' ? 'Président·e' : role === 'Membre' ? 'Membre' : ''),
  juryNames: (jury: ReadonlyArray<{ name: string; role: JuryRole | undefined }>) =>
    jury.map((m) => (m.role === 'Président' ? `${m.name} (président·e)` : m.name)).join(', '),
  // Why a request covers no document (the sidebar says it rather than « nothing new »).
  noLearner: 'aucun·e apprenant·e inscrit·e (Statut « Inscrit » dans « Candidatures ») pour ce choix',
  noneEligible: (counts: ReadonlyMap<LearnerState, number>) => {
    const parts = (['in_progress', 'at_risk', 'not_eligible'] as const)
      .filter((s) => counts.get(s))
      .map((s) => STATE_WORDS[s](counts.get(s)!));
    return `aucun·e apprenant·e n'est éligible à ce jour${parts.length ? ` : ${parts.join(', ')}` : ''} — voir l'onglet Éligibilité`;
  },
  noDefenceDate: "aucun·e apprenant·e n'a de date de soutenance (colonne « Date de soutenance » de l'onglet « Mémoires »)",
  noDecision: "aucune candidature n'a le statut « Retenu », « Liste d'attente » ou « Refusé » (onglet « Candidatures »)",
  decisionWords: {
    Retenu: 'Votre candidature à la formation est retenue.',
    "Liste d'attente": "Votre candidature à la formation est inscrite sur liste d'attente.",
    Refusé: "Votre candidature à la formation n'est pas retenue.",
  } as Record<DecisionStatus, string>,
  decisionNext: {
    Retenu: (when: string, where: string) =>
      when
        ? `Le séminaire de lancement aura lieu ${when}${where ? `, à ${where}` : ''}.`
        : 'La date du séminaire de lancement vous sera communiquée.',
    "Liste d'attente": () => 'Nous vous écrirons si une place se libère.',
    Refusé: () => '',
  } as Record<DecisionStatus, (when: string, where: string) => string>,
  noPresence: "aucune présence n'est saisie pour cette séance (onglet « Présences »)",
  noSessionDay: "cette séance n'a pas de date de début (onglet « Séances ») ou aucune demi-journée n'est cochée",
  noneDue: (why: string) => `Aucun document à créer : ${why}.`,
  templatesOk: 'Les modèles sont utilisables.',
  templateOk: 'utilisable',
  templateMissing: 'pas encore créé : le modèle par défaut sera créé au premier document',
  failed: (reason: string) => `Échec : ${reason}. Le document sera refait au prochain clic sur « Créer les documents ».`,
  quotaStopped: (reason: string) =>
    `Google limite le nombre de documents créés (${reason}). Les documents déjà faits sont enregistrés ; cliquez sur « Reprendre » dans quelques minutes (ou demain si la limite du jour est atteinte) pour créer les suivants.`,
  dailyWarning: (planned: number, doneToday: number, limit: number) =>
    `Attention : ${planned} document${planned > 1 ? 's' : ''} à créer alors que ${doneToday} ont déjà été créés aujourd'hui, sur ${limit} permis par jour par Google. Les suivants attendront demain ; « Reprendre » continuera là où PACTE s'est arrêté.`,
  progress: (done: number, total: number) => `${done}/${total}`,
  finished: (made: number, failed: number) =>
    `${made} document${made > 1 ? 's' : ''} créé${made > 1 ? 's' : ''}` +
    (failed ? `, ${failed} en erreur (voir l'onglet « Documents », colonne « Détail »)` : '') +
    '.',
  nothingToDo: 'Tous ces documents existent déjà (onglet « Documents ») : rien de nouveau à créer.',
  /** `Détail` of a claimed row: who and since when (workbook.md); a claim older than 10 minutes is a run that died. */
  claimDetail: (user: string, when: string) => `en cours : ${user || 'PACTE'}, depuis le ${when}`,
  busyElsewhere: (n: number) =>
    ` ${n} document${n > 1 ? 's sont' : ' est'} en cours de création par un autre appel (onglet « Documents », colonne « Détail ») ; s'il s'est interrompu, ${n > 1 ? 'ils seront repris' : 'il sera repris'} au prochain clic après 10 minutes.`,
  adopted: 'Repris après une interruption : le Doc et le PDF faits alors ont été retrouvés dans Drive (par leur clé) plutôt que refaits.',
  keyTooLong: (key: string) =>
    `la clé ${q(key)} est trop longue pour être enregistrée sur le fichier dans Drive (124 octets au plus) : raccourcissez l'ID de la séance dans l'onglet « Séances »`,
  waiting: 'en attente : sera créé au prochain clic sur « Créer les documents »',
  invalidRequest: (where: string) =>
    `Demande invalide${where ? ` (${where})` : ''} : rechargez la barre latérale et réessayez. Rien n'a été créé.`,
} as const;
