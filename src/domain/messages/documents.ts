/** What the documents sidebar and the making of documents say. */
import { q } from '../french';

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
    mixed_row: (tags: string) => `une même ligne de tableau mélange apprenant·es et formateur·rices (${tags})`,
    repeated_twice: (which: string) =>
      `plusieurs lignes de tableau à répéter pour les ${which === 'learner' ? 'apprenant·es' : 'formateur·rices'} : gardez-en une seule`,
  },
  templatesOk: 'Les quatre modèles sont utilisables.',
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
