/**
 * Everything a user reads, in French, in one place. Code elsewhere never spells a French sentence.
 */
import type { LearnerState } from './codes';
import { FIRST_YEAR, LAST_YEAR } from './year-range';
import { frenchList, printable, q } from './french';
import { selectionMessages } from './selection-messages';

export { printable };
/** « 1 jour », « 7 jours ». */
const days = (n: number) => `${n} jour${n > 1 ? 's' : ''}`;

const fieldMissing: Record<string, string> = {
  'Prénom': 'Prénom manquant',
  'Nom': 'Nom manquant',
  'E-mail': 'E-mail manquant',
  'Structure': 'Structure manquante',
  'Type de structure': 'Type de structure manquant',
  'Date de réception du dossier': 'Date de réception du dossier manquante',
};

const pieceMissing: Record<string, string> = {
  'CV': 'CV manquant',
  'Lettre de motivation': 'Lettre de motivation manquante',
  "Lettre d'engagement de l'équipe": "Lettre d'engagement de l'équipe manquante",
  'Photo': 'Photo manquante',
};

export const stateLabels: Record<LearnerState, string> = {
  eligible: 'Éligible',
  in_progress: 'En cours',
  at_risk: 'À risque',
  not_eligible: 'Non éligible',
};

/** « 3 éligible, 5 en cours, … » in the given order of states, states with none left out. */
export function stateCounts(states: readonly LearnerState[], order: readonly LearnerState[]): string {
  return order
    .map((s) => [s, states.filter((x) => x === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${stateLabels[s].toLowerCase()}`)
    .join(', ');
}

export const halfDayLabels = { morning: 'Matin', afternoon: 'Après-midi' } as const;

export const messages = {
  dates: {
    invalid: (input: string) =>
      `Date invalide : ${q(input)}. Écrivez-la JJ/MM/AAAA (par exemple 11/09/2025) ou AAAA-MM-JJ.`,
  },
  candidate: {
    missingField: (column: string) => fieldMissing[column] ?? `${column} : valeur manquante`,
    invalidEmail: (email: string) => `E-mail invalide : ${q(email)}`,
    duplicateEmail: (email: string, firstRow: number) =>
      `E-mail en double : ${q(email)} figure déjà ligne ${firstRow}`,
    duplicateId: (id: string, firstRow: number) =>
      `ID en double : ${q(id)} figure déjà ligne ${firstRow} (ligne copiée ?). Videz la cellule ID de cette ligne dans la Google Sheet : PACTE › Vérifier les candidatures lui en donnera un nouveau.`,
    structureTypeNotAccepted: (type: string, accepted: readonly string[]) =>
      `Type de structure non accepté pour cette promo : ${q(type)} (acceptés : ${accepted.join(', ')})`,
    receivedBeforeOpening: (received: string, opens: string) =>
      `Dossier reçu le ${received}, avant l'ouverture des candidatures (${opens})`,
    receivedAfterDeadline: (received: string, closes: string) =>
      `Dossier reçu le ${received}, après la date limite (${closes})`,
    invalidDate: (column: string, text: string) =>
      `${column} : ${q(text)} n'est pas une date plausible (attendu : une date entre ${FIRST_YEAR} et ${LAST_YEAR}, écrite JJ/MM/AAAA)`,
    missingPiece: (column: string) => pieceMissing[column] ?? `${column} manquant(e)`,
    healthProjectNotValidated: 'Projet de santé validé par l\'ARS non coché : requis pour une MSP',
    federationMembership: 'Structure non adhérente à la fédération ou cotisation non à jour',
    engagementCommitmentMissing: 'Engagement de l\'équipe au T0 et à la journée PACTE+ non coché',
    notInTeam: 'Ni « En équipe » ni « Dérogation » coché : le ou la candidat·e doit être en équipe ou avoir une dérogation',
  },
  learner: {
    absent: (session: string, day: string, halfDay: string) =>
      `Absent·e sans excuse : ${session}, ${day} (${halfDay.toLowerCase()})`,
    tooManyExcusedAbsences: (count: number, allowed: number) =>
      `${count} demi-journée${count > 1 ? 's' : ''} d'absence excusée${count > 1 ? 's' : ''} sur les séances obligatoires (autorisées : ${allowed})`,
    attendanceMissing: (session: string, day: string, halfDay: string) =>
      `Présence non saisie : ${session}, ${day} (${halfDay.toLowerCase()})`,
    productionOverdue: (name: string, due: string) => `Production ${q(name)} non déposée (échéance ${due})`,
    thesisOverdue: (deadline: string) => `Mémoire non déposé (date limite ${deadline})`,
    thesisTooShort: (pages: number, min: number) => `Mémoire de ${pages} pages : ${min} pages minimum`,
    defenceMissing: (day: string) => `Soutenance du ${day} sans résultat`,
    defenceFailed: 'Soutenance : ajourné·e',
  },
  profile: {
    unknownPreset: (id: string, known: readonly string[]) =>
      `Profil inconnu : ${q(id)}. Profils disponibles : ${known.join(', ')}.`,
    noProfile: (known: readonly string[]) =>
      `Aucun profil : renseignez la clé « Profil » dans l'onglet « Paramètres » ou passez --profile (profils disponibles : ${known.join(', ')}).`,
    invalidSetting: (key: string, expected: string, value: string) =>
      `Paramètre ${q(key)} invalide (${q(value)}) : ${expected}.`,
    expectedDate: 'une date JJ/MM/AAAA est attendue',
    expectedWholeNumber: 'un nombre entier positif ou nul est attendu',
    invalidFile: (path: string, where: string, problem: string) =>
      `Fichier de profil ${q(path)} invalide : ${where ? `${where} : ` : ''}${problem}`,
    unreadableFile: (path: string) => `Impossible de lire le fichier de profil ${q(path)}.`,
    notJson: (path: string) => `Le fichier de profil ${q(path)} n'est pas du JSON valide.`,
  },
  workbook: {
    missingTab: (tab: string) => `Onglet ${q(tab)} introuvable dans le classeur.`,
    missingTabs: (tabs: readonly string[]) =>
      tabs.length === 1
        ? `Onglet ${q(tabs[0]!)} introuvable dans le classeur.`
        : `Onglets ${frenchList(tabs.map(q))} introuvables dans le classeur.`,
    missingHeader: (tab: string, header: string) =>
      `Colonne ${q(header)} introuvable dans l'onglet ${q(tab)} : rétablissez l'en-tête exactement ainsi en ligne 1.`,
    duplicateHeader: (tab: string, header: string) =>
      `Colonne ${q(header)} présente deux fois dans l'onglet ${q(tab)} : gardez-en une seule.`,
  },
  cli: {
    notFound: (target: string) => `Fichier ou dossier introuvable : ${q(target)}.`,
    unreadable: (target: string) => `Impossible de lire ${q(target)} : vérifiez qu'il n'est pas ouvert ailleurs et que vous avez le droit de le lire.`,
    notAWorkbook: (target: string) =>
      `${q(target)} n'est pas un classeur lisible : donnez un fichier .xlsx téléchargé depuis Google Sheets ou un dossier de fichiers .csv (un par onglet).`,
    wordDocument: (file: string) => `${q(file)} est un document Word, pas un classeur : téléchargez le classeur depuis Google Sheets (Fichier › Télécharger › Microsoft Excel .xlsx).`,
    presentation: (file: string) => `${q(file)} est une présentation, pas un classeur : téléchargez le classeur depuis Google Sheets (Fichier › Télécharger › Microsoft Excel .xlsx).`,
    zipNotWorkbook: (file: string) => `${q(file)} est une archive zip qui ne contient pas de classeur : donnez le fichier .xlsx lui-même, ou décompressez l'archive et donnez le dossier de .csv.`,
    damagedWorkbook: (file: string) => `${q(file)} est un classeur endommagé (illisible en partie) : téléchargez-le à nouveau depuis Google Sheets.`,
    missingTabs: (tabs: readonly string[], presets: readonly string[]) => {
      const base = messages.workbook.missingTabs(tabs);
      return tabs.includes('Paramètres')
        ? `${base.replace(/\.$/, '')} ; sans « Paramètres », donnez le profil avec --profile (${presets.join(', ')} ou un fichier .json).`
        : base;
    },
    notARegularFile: (target: string) =>
      `${q(target)} n'est pas un fichier ordinaire (tube, périphérique…) : donnez un fichier .xlsx ou un dossier de fichiers .csv.`,
    badCsv: (file: string, line: number, unclosedQuote: boolean) =>
      `${q(file)} est illisible à la ligne ${line} : ${unclosedQuote ? 'un guillemet (") ouvert n\'est jamais refermé' : 'un guillemet (") est mal placé'}. Corrigez cette ligne ou téléchargez l'onglet à nouveau, puis relancez.`,
    oldXls: (file: string) =>
      `${q(file)} est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, ou téléchargez le classeur depuis Google Sheets (Fichier › Télécharger › Microsoft Excel .xlsx).`,
    singleCsv: (file: string) =>
      `${q(file)} est un seul fichier .csv : mettez chaque onglet téléchargé en .csv dans un même dossier, et donnez ce dossier.`,
    noCsvInFolder: (dir: string) => `Le dossier ${q(dir)} ne contient aucun fichier .csv : téléchargez chaque onglet au format CSV dans ce dossier.`,
    badToday: (value: string) => `Option --today invalide : ${q(printable(value))}. Écrivez la date AAAA-MM-JJ, par exemple 2026-01-15.`,
    demoOutNotFolder: (out: string) => `${q(printable(out))} existe déjà et n'est pas un dossier : donnez à --out un dossier (il sera créé s'il n'existe pas).`,
    cannotWrite: (target: string) => `Impossible d'écrire ${q(printable(target))} : vérifiez que le dossier existe et que vous avez le droit d'y écrire.`,
    missingPath: 'Indiquez le classeur à vérifier : pacte check <classeur.xlsx | dossier de .csv>.',
    unknownOption: (option: string, command = 'pacte check', options: readonly string[] = ['--profile', '--today', '--json']) =>
      `Option inconnue : ${option}. Options de ${command} : ${options.join(', ')} (voir ${command} --help).`,
    missingArgument: (command: string, usage: string) => `Argument manquant : ${command} ${usage} (voir ${command} --help).`,
    excessArguments: (command: string) => `Trop d'arguments pour ${command} (voir ${command} --help).`,
    missingOptionValue: (option: string) => `L'option ${option} attend une valeur.`,
    tooManyArguments: 'Un seul classeur à la fois : pacte check <classeur.xlsx | dossier de .csv>.',
    unknownCommand: (name: string, commands: readonly string[] = ['check', 'relances', 'demo']) =>
      `Commande inconnue : ${q(name)}. Commandes : ${commands.join(', ')} (voir pacte --help).`,
    badSize: (value: string) => `Option --size invalide : ${q(value)}. Donnez un nombre entier de candidatures entre 1 et 50000.`,
    unexpected: (detail: string) => `Erreur inattendue : ${detail}. Signalez-la à l'équipe technique avec la commande lancée.`,
    demoWritten: (file: string) => `Cohorte de démonstration écrite dans ${file}`,
    reportTitle: (file: string) => `Cohorte PACTE — vérification de ${file}`,
    reportProfile: (id: string, label: string, today: string) => `Profil : ${id} (${label}) · date du jour : ${today}`,
    candidatesSummary: (total: number, valid: number) =>
      `Candidatures : ${total} ligne${total > 1 ? 's' : ''}, ${valid} complète${valid > 1 ? 's' : ''}, ${total - valid} à compléter`,
    candidateLine: (row: number, id: string, name: string, email: string) =>
      `  Ligne ${row}${id ? ` · ${id}` : ''} · ${name || '(sans nom)'}${email ? ` <${email}>` : ''}`,
    learnersSummary: (total: number, counts: string) => `Apprenant·es inscrit·es : ${total}${total ? ` — ${counts}` : ''}`,
    noLearners: '  Aucune ligne au statut « Inscrit ».',
    allCandidatesValid: '  Toutes les candidatures sont complètes.',
    relances: {
      title: (file: string) => `Cohorte PACTE — relances dues dans ${file} (rien n'est envoyé)`,
      summary: (today: string, n: number) =>
        `Date du jour : ${today} · ${n === 0 ? 'aucune relance due' : `${n} relance${n > 1 ? 's' : ''} due${n > 1 ? 's' : ''}`}`,
      ruleHeader: (rule: string, when: string, n: number) => `${rule} (${when}) : ${n} e-mail${n > 1 ? 's' : ''}`,
      line: (who: string, to: readonly string[], subject: string) => `  ${who} <${to.join(', ')}>\n      Objet : ${subject}`,
      none: "Aucune relance n'est due ce jour-là.",
      problemsTitle: (n: number) => `Problèmes (${n}) :`,
    },
  },
  sheet: {
    menuTitle: 'PACTE',
    menu: {
      init: 'Initialiser la cohorte…',
      checkCandidates: 'Vérifier les candidatures',
      eligibility: "Calculer l'éligibilité",
      attendance: 'Saisir les présences…',
      documents: 'Documents…',
      reminders: 'Relances…',
      settings: 'Paramètres…',
    },
    access: {
      unknownUser:
        "Google ne communique pas votre adresse e-mail à PACTE : impossible de vérifier que vous faites partie de l'équipe. " +
        "Ouvrez le classeur avec votre compte professionnel (celui listé dans « Équipe », onglet « Paramètres ») puis réessayez, " +
        "ou demandez à un membre de l'équipe de lancer l'action.",
      notStaff: (email: string) =>
        `Votre adresse ${email} ne figure pas dans la liste « Équipe » de l'onglet « Paramètres ». ` +
        "Demandez à un membre de l'équipe de l'y ajouter, puis relancez l'action.",
      noTeam:
        "Aucune adresse dans « Équipe » (onglet « Paramètres ») : ajoutez-y les adresses de l'équipe, " +
        'ou lancez PACTE › Initialiser la cohorte… pour vous inscrire comme premier membre.',
    },
    missingTab: (tab: string) =>
      `Onglet ${q(tab)} introuvable : lancez PACTE › Initialiser la cohorte… pour le recréer (rien de ce que vous avez saisi ne sera effacé).`,
    lockBusy: "Un autre membre de l'équipe enregistre en ce moment, réessayez dans quelques secondes.",
    unexpected: (detail: string) =>
      `Une erreur inattendue a interrompu l'action : ${detail}. Rien n'est perdu : relancez l'action ; si l'erreur revient, transmettez ce message à l'équipe technique.`,
    candidatesChecked: (total: number, valid: number) =>
      `${total} candidature${total > 1 ? 's' : ''} : ${valid} complète${valid > 1 ? 's' : ''}, ${total - valid} à compléter`,
    seeControlColumn: (summary: string, letter: string) => `${summary} — détails dans la colonne ${letter} « Contrôle ».`,
    idsAssigned: (n: number) => `${n} identifiant${n > 1 ? 's' : ''} attribué${n > 1 ? 's' : ''}`,
    productionIdsAssigned: (n: number) => `${n} identifiant${n > 1 ? 's' : ''} de production attribué${n > 1 ? 's' : ''} (onglet « Productions », colonne « ID »)`,
    eligibilityComputed: (total: number, counts: string) =>
      total === 0 ? 'Aucun·e apprenant·e au statut « Inscrit »' : `${total} apprenant·e${total > 1 ? 's' : ''} : ${counts}`,
    noLongerEnrolled: (status: string) => `N'est plus au statut « Inscrit »${status ? ` (statut : ${status})` : ''}`,
    sharedId: (id: string, rows: readonly number[]) =>
      `Attention : l'ID ${q(id)} figure sur ${rows.length} lignes de « Candidatures » (lignes ${rows.join(', ')}) : présences, productions et mémoire de ces personnes sont confondus et cet état n'est pas fiable. ` +
      'Videz la cellule ID de la ligne copiée dans « Candidatures », lancez PACTE › Vérifier les candidatures, puis recalculez l’éligibilité.',
    sharedIdLeftover: (id: string) =>
      `Ligne en trop : l'ID ${q(id)} ne figure plus en double dans « Candidatures ». Vous pouvez supprimer cette ligne.`,
    toastTitle: 'PACTE',
    triggerFailed: (detail: string) => `Exécution automatique interrompue : ${detail}`,
    noDocumentLock:
      "PACTE doit être lancé depuis le classeur de la cohorte (menu PACTE) : Google ne donne pas ici le verrou qui empêche deux enregistrements simultanés. Rien n'a été modifié.",
    init: {
      promptTitle: 'Initialiser la cohorte',
      promptMessage: (presets: readonly string[]) =>
        `Quel profil régional pour cette cohorte ?\nTapez l'un de : ${presets.join(', ')}`,
      cancelled: 'Initialisation annulée : rien n’a été modifié.',
      nothingToDo: (profile: string) => `La cohorte est déjà initialisée (profil ${profile}) : rien à changer.`,
      doneTitle: 'Cohorte initialisée',
      done: (profile: string, changes: readonly string[], nextStep: string) =>
        `Cohorte initialisée avec le profil ${profile}.\n\n${changes.map((c) => `• ${c}`).join('\n')}\n\n${nextStep}`,
      nextStep: (missingSettings: readonly string[], hasApplicants: boolean) => {
        const then = hasApplicants ? 'lancez PACTE › Vérifier les candidatures' : 'saisissez les candidatures dans l’onglet « Candidatures »';
        return missingSettings.length
          ? `Prochaine étape : complétez ${missingSettings.map(q).join(', ').replace(/, (?=[^,]*$)/, ' et ')} dans l’onglet « Paramètres », puis ${then}.`
          : `Prochaine étape : ${then}.`;
      },
      tabsCreated: (tabs: readonly string[]) => `onglet${tabs.length > 1 ? 's' : ''} créé${tabs.length > 1 ? 's' : ''} : ${tabs.map(q).join(', ')}`,
      headersAdded: (tab: string, headers: readonly string[]) => `onglet ${q(tab)} : colonne${headers.length > 1 ? 's' : ''} ajoutée${headers.length > 1 ? 's' : ''} ${headers.map(q).join(', ')}`,
      settingsAdded: (keys: readonly string[]) => `paramètre${keys.length > 1 ? 's' : ''} ajouté${keys.length > 1 ? 's' : ''} : ${keys.join(', ')}`,
      sessionsWritten: (n: number) => `${n} séance${n > 1 ? 's' : ''} du calendrier écrite${n > 1 ? 's' : ''} dans « Séances »`,
      remindersWritten: (n: number) => `${n} règle${n > 1 ? 's' : ''} de relance par défaut écrite${n > 1 ? 's' : ''} dans « Relances » (modifiables)`,
      protectionsAdded: (n: number) => `${n} protection${n > 1 ? 's' : ''} (avertissement) sur les colonnes et onglets gérés par PACTE`,
      columnsFormatted: (n: number) => `cases à cocher, listes ou formats de date complétés sur ${n} colonne${n > 1 ? 's' : ''}`,
      frozen: (tabs: readonly string[]) => `ligne d'en-tête figée : ${tabs.map(q).join(', ')}`,
      identityFrozen: 'colonnes ID, Civilité, Prénom et Nom de « Candidatures » figées à gauche',
      protectedColumn: (header: string) => `PACTE : la colonne ${q(header)} est remplie par PACTE, ne la modifiez pas à la main.`,
      protectedTab: (tab: string) => `PACTE : l'onglet ${q(tab)} est écrit par PACTE, ne le modifiez pas à la main.`,
    },
    settingsSummary: (lines: readonly string[]) =>
      `${lines.join('\n')}\n\nModifiez les valeurs dans l'onglet « Paramètres » (colonne « Valeur »), puis relancez PACTE › Paramètres… pour les vérifier.`,
    settingsTitle: 'Paramètres de la cohorte',
    attendance: {
      sidebarTitle: 'Saisir les présences',
      saved: (n: number, session: string, dayLabel: string, halfDay: string) =>
        `${n} présence${n > 1 ? 's' : ''} enregistrée${n > 1 ? 's' : ''} pour ${session}, ${dayLabel}, ${halfDay.toLowerCase()}`,
      unknownSession: (id: string) => `Séance inconnue : ${q(id)}. Rechargez la barre latérale : le calendrier (onglet « Séances ») a peut-être changé.`,
      dayOutsideSession: (day: string, session: string, from: string, to: string) =>
        `Le ${day} ne fait pas partie de la séance ${session} (du ${from} au ${to}). Choisissez un jour de la séance.`,
      unknownLearners: (ids: readonly string[]) =>
        `Apprenant·e${ids.length > 1 ? 's' : ''} inconnu·e${ids.length > 1 ? 's' : ''} ou non inscrit·e${ids.length > 1 ? 's' : ''} : ${ids.map(q).join(', ')}. Rechargez la barre latérale.`,
      invalidRequest: (where: string) =>
        `Données reçues invalides${where ? ` (${where})` : ''} : rechargez la barre latérale et réessayez. Rien n'a été enregistré.`,
      nothingToSave: 'Aucune présence à enregistrer : choisissez un statut pour au moins une personne.',
      futureHalfDay: (dayLabel: string, halfDay: string) =>
        `Le ${dayLabel}, ${halfDay.toLowerCase()} n'a pas encore eu lieu : les présences se saisissent pendant ou après la demi-journée (l'après-midi commence à 13 h). Rien n'a été enregistré.`,
      ambiguousIds: (ids: readonly string[]) =>
        `Présence non enregistrée pour ${ids.map(q).join(', ')} : ${ids.length > 1 ? 'ces ID désignent' : 'cet ID désigne'} plusieurs personnes (lignes en double dans « Candidatures »). ` +
        "Videz la cellule ID de la ligne copiée, lancez PACTE › Vérifier les candidatures, puis rouvrez ce panneau pour saisir leur présence.",
    },
    journal: {
      attendance: 'Saisie des présences',
      init: 'Initialisation de la cohorte',
      checkCandidates: 'Vérification des candidatures',
      eligibility: "Calcul de l'éligibilité",
    },
  },
  documents: {
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
      outside_row: (tag: string, where: string) => `la balise {{${tag}}} (${where}) doit être dans une ligne de tableau (elle est répétée pour chaque personne)`,
      mixed_row: (tags: string) => `une même ligne de tableau mélange apprenant·es et formateur·rices (${tags})`,
      repeated_twice: (which: string) => `plusieurs lignes de tableau à répéter pour les ${which === 'learner' ? 'apprenant·es' : 'formateur·rices'} : gardez-en une seule`,
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
      `${made} document${made > 1 ? 's' : ''} créé${made > 1 ? 's' : ''}` + (failed ? `, ${failed} en erreur (voir l'onglet « Documents », colonne « Détail »)` : '') + '.',
    nothingToDo: 'Tous ces documents existent déjà (onglet « Documents ») : rien de nouveau à créer.',
    /** `Détail` of a claimed row: who and since when (workbook.md); a claim older than 10 minutes is a run that died. */
    claimDetail: (user: string, when: string) => `en cours : ${user || 'PACTE'}, depuis le ${when}`,
    busyElsewhere: (n: number) =>
      ` ${n} document${n > 1 ? 's sont' : ' est'} en cours de création par un autre appel (onglet « Documents », colonne « Détail ») ; s'il s'est interrompu, ${n > 1 ? 'ils seront repris' : 'il sera repris'} au prochain clic après 10 minutes.`,
    adopted: "Repris après une interruption : le Doc et le PDF faits alors ont été retrouvés dans Drive (par leur clé) plutôt que refaits.",
    keyTooLong: (key: string) =>
      `la clé ${q(key)} est trop longue pour être enregistrée sur le fichier dans Drive (124 octets au plus) : raccourcissez l'ID de la séance dans l'onglet « Séances »`,
    waiting: 'en attente : sera créé au prochain clic sur « Créer les documents »',
    invalidRequest: (where: string) => `Demande invalide${where ? ` (${where})` : ''} : rechargez la barre latérale et réessayez. Rien n'a été créé.`,
  },
  defences: {
    noSession:
      "Aucune séance de type « Soutenances » dans l'onglet « Séances » : ajoutez-en une, avec ses dates, son « Lieu » et ses « Horaires » (par exemple 9h00-12h30 / 13h30-17h00).",
    sessionWithoutId: (row: number, id: string) =>
      id
        ? `Séance « Soutenances » de la ligne ${row} de l'onglet « Séances » : l'ID ${q(id)} figure déjà plus haut ; donnez-lui un identifiant différent.`
        : `Séance « Soutenances » de la ligne ${row} de l'onglet « Séances » sans « ID » : donnez-lui un identifiant (par exemple SOUT).`,
    sessionWithoutDates: (session: string) =>
      `Séance ${q(session)} : « Date de début » vide ou illisible ; saisissez les dates des soutenances (JJ/MM/AAAA).`,
    sessionWithoutHours: (session: string) =>
      `Séance ${q(session)} : « Horaires » vide. PACTE ne devine pas les heures des soutenances : écrivez-les, par exemple 9h00-12h30 / 13h30-17h00.`,
    sessionHoursUnreadable: (session: string, hours: string) =>
      `Séance ${q(session)} : « Horaires » illisibles (${q(printable(hours))}). Écrivez chaque plage début-fin, les plages séparées par « / », par exemple 9h00-12h30 / 13h30-17h00.`,
    sessionHoursTooShort: (session: string, hours: string) =>
      `Séance ${q(session)} : les « Horaires » ${q(printable(hours))} ne laissent aucun créneau d'une heure ; élargissez-les.`,
    noJuryTab:
      "Onglet « Jury » introuvable : lancez PACTE › Initialiser la cohorte… pour le créer, puis inscrivez-y les membres du jury (Nom, E-mail, Rôle, Disponibilités).",
    juryEmpty: "L'onglet « Jury » est vide : inscrivez-y au moins un·e président·e et un membre (colonnes Nom, E-mail et Rôle).",
    juryRow: (row: number, name: string, what: string) => `Onglet « Jury », ligne ${row}${name ? ` (${printable(name)})` : ''} : ${what}`,
    juryWithoutName: "« Nom » vide ; saisissez le nom tel qu'il s'écrira dans la colonne « Jury » de « Mémoires ».",
    juryNameWithComma: "le nom contient une virgule, qui sépare les noms dans la colonne « Jury » de « Mémoires » ; retirez-la.",
    juryDuplicateName: (firstRow: number) =>
      `même nom qu'à la ligne ${firstRow} : la colonne « Jury » de « Mémoires » ne permettrait pas de les distinguer ; ajoutez par exemple l'initiale du prénom à l'un des deux.`,
    juryWithoutEmail: '« E-mail » vide ; ajoutez son adresse (elle recevra son programme de soutenances).',
    juryInvalidEmail: (email: string) => `adresse e-mail invalide ${q(printable(email))} ; corrigez-la.`,
    juryUnknownRole: (role: string) =>
      role ? `« Rôle » inconnu ${q(printable(role))} ; choisissez Président ou Membre.` : '« Rôle » vide ; choisissez Président ou Membre.',
    availabilityUnreadable: (values: readonly string[]) =>
      `« Disponibilités » illisibles : ${values.map((v) => q(printable(v))).join(', ')}. Écrivez des dates JJ/MM/AAAA séparées par des virgules, ou videz la cellule s'il ou elle est disponible tous les jours de soutenance.`,
    availabilityOutside: (days: readonly string[], defenceDays: readonly string[]) =>
      `« Disponibilités » hors des journées de soutenance : ${days.join(', ')} (journées prévues dans « Séances » : ${defenceDays.join(', ')}). Corrigez la date, ou les dates de la séance « Soutenances ».`,
    thesisRow: (row: number, learnerId: string, what: string) => `Onglet « Mémoires », ligne ${row} (${printable(learnerId)}) : ${what}`,
    thesisDuplicate: (firstRow: number) => `deuxième ligne pour cette personne (la première est la ligne ${firstRow}) ; gardez-en une seule.`,
    defenceDateUnreadable: (value: string) =>
      `« Date de soutenance » illisible ${q(printable(value))} ; écrivez-la JJ/MM/AAAA, ou videz-la pour que PACTE propose un créneau.`,
    defenceTimeMissing: "« Date de soutenance » sans « Heure » ; saisissez l'heure (par exemple 9h00), ou videz la date pour que PACTE propose un créneau.",
    defenceTimeUnreadable: (value: string) => `« Heure » illisible ${q(printable(value))} ; écrivez-la par exemple 9h00 ou 14h30.`,
    withoutDate: "« Heure » ou « Jury » rempli sans « Date de soutenance » ; ajoutez la date, ou videz ces cellules pour que PACTE propose un créneau et un jury.",
    noFreeSlot: (slots: number, demand: number) =>
      `Plus aucun créneau libre : les séances « Soutenances » offrent ${slots} créneau${slots > 1 ? 'x' : ''} d'une heure pour ${demand} soutenance${demand > 1 ? 's' : ''} à placer. Ajoutez une journée de soutenances ou élargissez les « Horaires ».`,
    noPresident:
      "Aucun·e président·e libre sur les créneaux restants : ajoutez un·e président·e dans l'onglet « Jury », ou élargissez les « Disponibilités ».",
    relayOnlyPresident: (relay: string) =>
      `Seul·e président·e libre sur les créneaux restants, ${printable(relay)} est son formateur relais et ne peut pas présider son jury : ajoutez un·e autre président·e dans l'onglet « Jury », ou élargissez les « Disponibilités ».`,
    noMember: "Aucun membre du jury libre sur les créneaux restants : ajoutez un membre dans l'onglet « Jury », ou élargissez les « Disponibilités ».",
    noJuryTogether:
      "Des président·es et des membres sont libres, mais jamais ensemble sur un même créneau restant : élargissez des « Disponibilités » ou ajoutez un membre dans l'onglet « Jury ».",
    outsideSessions: (day: string) =>
      `La soutenance saisie le ${day} ne tombe dans aucune séance « Soutenances » : PACTE ne lui propose pas de jury. Saisissez-le dans la colonne « Jury » de « Mémoires », ou changez la date.`,
    typedByStaff: 'Cette soutenance a été saisie dans « Mémoires » : modifiez-la dans l’onglet, puis relancez la planification.',
    stale: 'Le classeur a changé depuis la proposition (soutenance saisie, apprenant·e ajouté·e ou retiré·e) : relancez « Planifier les soutenances ».',
    notInProposal: (learnerId: string) => `${q(printable(learnerId))} ne figure pas dans la proposition : relancez « Planifier les soutenances ».`,
    notInJury: (name: string) => `${q(printable(name))} ne fait pas partie de ce jury.`,
    outsideHours: (day: string, time: string) => `Le ${day} à ${time} n'est pas dans les « Horaires » de cette séance « Soutenances ».`,
    roomTaken: (day: string, time: string, other: string) => `La salle est déjà prise le ${day} à ${time} (soutenance de ${other}).`,
    unknownMember: (name: string) => `${q(printable(name))} n'est pas dans l'onglet « Jury ».`,
    notAvailable: (name: string, day: string) => `${name} n'est pas disponible le ${day} (colonne « Disponibilités » de l'onglet « Jury »).`,
    busy: (name: string, day: string, time: string, other: string) =>
      `${name} siège déjà au même moment à la soutenance de ${other} (le ${day} à ${time}).`,
    sameMemberTwice: (name: string) => `${name} figure deux fois dans ce jury.`,
    noPresidentInJury: 'Le jury n’a pas de président·e : il faut une personne au rôle « Président » (onglet « Jury ») qui ne soit pas le formateur relais.',
    noMemberInJury: 'Le jury n’a aucun membre : il faut au moins une personne au rôle « Membre » (onglet « Jury »).',
    check: {
      withoutJury: (day: string) =>
        `Soutenance du ${day} sans jury : remplissez la colonne « Jury » de « Mémoires » (noms séparés par des virgules), ou lancez PACTE › Planifier les soutenances.`,
      withoutPresident: (names: readonly string[]) =>
        `Jury sans président·e (${names.map((n) => printable(n)).join(', ')}) : aucun de ces noms n'a le rôle « Président » dans l'onglet « Jury ». Ajoutez un·e président·e, ou écrivez son nom comme dans « Jury ».`,
      doubleBooked: (names: readonly string[], other: string, day: string, time: string) =>
        `${frenchList(names.map((n) => printable(n)))} siège${names.length > 1 ? 'nt' : ''} aussi à la soutenance de ${other} (le ${day} à ${time}), qui chevauche celle-ci : changez l'heure ou le jury de l'une des deux.`,
    },
  },
  reminders: {
    ruleRefused: (rule: string, why: string) => `Relance ${q(rule)} ignorée : ${why}`,
    notSent: (rule: string, why: string) => `Relance ${q(rule)} : ${why}`,
    missingId: (row: number) =>
      `Relance de la ligne ${row} de l'onglet « Relances » ignorée : la colonne « Règle » est vide. Donnez-lui un identifiant court (par exemple convocation-j7).`,
    duplicateId: (row: number) =>
      `cet identifiant figure déjà plus haut dans l'onglet « Relances » (ligne ${row}) : donnez un identifiant différent à chaque règle.`,
    unknownWhen: (value: string, known: readonly string[]) =>
      `« Quand » inconnu ${q(value)}. Choisissez l'une des valeurs : ${known.map(q).join(', ')}.`,
    badDays: (value: string) =>
      `« Jours » doit être un nombre entier de jours, 0 ou plus (trouvé ${q(value)}).`,
    daysMustBeZero: (when: string) =>
      `« Jours » vaut 0 pour « Quand » = ${q(when)} : l'e-mail part le premier jour où la condition est remplie.`,
    platformLine: (url: string) => `Dépôt sur la plateforme de formation : ${url}`,
    contactLine: (contact: string) => `Contact : ${contact}`,
    documentLinkPlaceholder: '(lien vers le document)',
    describe: {
      'avant la date limite de candidature': (n: number) => `Dossiers incomplets (${days(n)} avant la date limite)`,
      'avant une séance': (n: number) => `Convocations (${days(n)} avant chaque séance)`,
      'après une séance': (n: number) => `Attestations de présence (${days(n)} après chaque séance)`,
      "avant l'échéance d'une production": (n: number) => `Rappels de production (${days(n)} avant l'échéance)`,
      "après l'échéance d'une production": (n: number) => `Productions en retard (${days(n)} après l'échéance)`,
      'avant la date limite du mémoire': (n: number) => `Dépôt du mémoire (${days(n)} avant la date limite)`,
      'avant une soutenance': (n: number) => `Convocations à la soutenance (${days(n)} avant)`,
      'avant une journée de soutenances': (n: number) => `Programmes des membres du jury (${days(n)} avant la journée)`,
      'fin de formation': () => 'Attestations de fin de formation',
      'chaque lundi': () => "Synthèse de l'équipe",
    } as Record<string, (n: number) => string>,
    badTag: (tag: string, when: string, allowed: readonly string[]) =>
      `la balise {{${tag}}} est inconnue ou sans objet pour « Quand » = ${q(when)}. Balises possibles : ${allowed.map((t) => `{{${t}}}`).join(', ')}.`,
    brokenTag: 'une balise est mal écrite (accolades {{ }} non appariées) : écrivez-la par exemple {{prenom}}.',
    emptyText: (column: string) => `la colonne ${q(column)} est vide.`,
    sameSchedule: (twin: string, when: string, days: number) =>
      `même « Quand » (${q(when)}) et même nombre de « Jours » (${days}) que la relance ${q(twin)} plus haut dans l'onglet « Relances » : les deux enverraient le même message. Changez « Jours » ou désactivez l'une des deux.`,
    productionWithoutId: (rule: string, row: number) =>
      `Relance ${q(rule)} : la ligne ${row} de l'onglet « Productions » n'a pas d'« ID » ; elle n'a pas de relance tant qu'elle n'en a pas. « Vérifier les candidatures » (menu PACTE) lui en donne un.`,
    invalidAddress: (target: string, email: string) =>
      `pas d'envoi à ${target} : ${email ? `adresse e-mail invalide ${q(email)}` : 'aucune adresse e-mail'}. Corrigez-la dans l'onglet « Candidatures ».`,
    invalidTeamAddress: (email: string) =>
      `adresse de l'équipe invalide ${q(email)} dans « Équipe » (onglet « Paramètres ») : elle ne reçoit pas la synthèse.`,
    noTeamAddress: "aucune adresse valide dans « Équipe » (onglet « Paramètres ») : la synthèse n'est envoyée à personne.",
    actionInProgress: 'Relance en cours',
    actionNotSent: 'Relance non envoyée',
    actionTest: 'Relance de test',
    actionSwitch: 'Relances automatiques',
    switchedOn: 'Envoi automatique activé (chaque jour vers 7 h)',
    switchedOff: 'Envoi automatique désactivé',
    sidebar: {
      title: 'Relances',
      owner: (email: string, me: boolean) =>
        me
          ? `Déclenchement quotidien vers 7 h installé par vous (${email}) : les relances partent de votre compte Google.`
          : `Déclenchement quotidien vers 7 h installé par ${email} : les relances partent de son compte Google. Pour les envoyer depuis le vôtre, demandez-lui de désactiver l'envoi automatique, puis activez-le.`,
      noTrigger: "Aucun déclenchement quotidien installé : activez l'envoi automatique pour que les relances partent chaque matin vers 7 h, depuis votre compte Google.",
      noLongerDue: "Cette relance n'est plus due (déjà envoyée ou modifiée entre-temps) : rechargez l'aperçu.",
      testSubject: (subject: string) => `[TEST] ${subject}`,
      noQuota: "Le quota d'envoi quotidien de Google est épuisé pour votre compte : le test n'est pas envoyé. Réessayez demain.",
      testSent: (email: string) => `Message de test envoyé à ${email} (il n'est pas compté comme une relance envoyée).`,
      invalidRequest: (where: string) =>
        `Demande invalide${where ? ` (${where})` : ''} : rechargez la barre latérale des relances et réessayez. Rien n'a été envoyé ni modifié.`,
    },
    journalAction: 'Relances automatiques',
    busy: "Un envoi de relances est déjà en cours (déclenchement automatique ou autre membre de l'équipe) : rien n'a été envoyé cette fois-ci ; réessayez dans quelques minutes.",
    automaticOff: "« Relances automatiques » n'est pas cochée dans « Paramètres » : aucune relance envoyée automatiquement.",
    inProgressDetail: (to: readonly string[]) => `Envoi en cours à ${to.join(', ')}`,
    sentDetail: (to: readonly string[]) => `Envoyée à ${to.join(', ')}`,
    notSentDetail: "Pas envoyée cette fois (temps d'exécution ou adresse refusée par Google) : elle repartira au prochain envoi.",
    unknownDetail: "Envoi interrompu : le message est peut-être parti. Il ne sera pas renvoyé automatiquement ; vérifiez auprès du destinataire.",
    actionRestored: 'Clé restaurée',
    restoredDetail: "Relance déjà envoyée (ou en cours) : sa ligne manquait au « Journal » (triée, effacée ou supprimée) ; elle est rétablie et la relance n'est pas renvoyée.",
    runSummary: (due: number, sent: number, deferred: number, notSent: number, toCheck: number, problems: number) =>
      [
        due === 0 ? 'Aucune relance due' : `${sent} relance${sent > 1 ? 's' : ''} envoyée${sent > 1 ? 's' : ''} sur ${due} due${due > 1 ? 's' : ''}`,
        ...(deferred ? [`${deferred} reportée${deferred > 1 ? 's' : ''} à demain : quota d'envoi quotidien de Google atteint`] : []),
        ...(notSent ? [`${notSent} non envoyée${notSent > 1 ? 's' : ''}, elles repartiront au prochain envoi`] : []),
        ...(toCheck ? [`${toCheck} à vérifier dans « Journal » (envoi interrompu)`] : []),
        ...(problems ? [`${problems} problème${problems > 1 ? 's' : ''} à corriger (voir l'aperçu des relances)`] : []),
      ].join(' ; '),
    actionSent: 'Relance envoyée',
    actionDeferred: 'Relances reportées',
    deferredDetail: (n: number) => `${n} relance${n > 1 ? 's' : ''} reportée${n > 1 ? 's' : ''} : quota d'envoi quotidien de Google atteint`,
    digest: {
      sentTitle: (from: string) => `Relances envoyées depuis le ${from} :`,
      countLine: (label: string, n: number) => `• ${label} : ${n}`,
      otherRule: (schedule: string) => `autres relances (${schedule})`,
      noneSent: '• aucune',
      waitingTitle: (n: number) =>
        `En attente depuis un jour précédent (quota d'envoi de Google atteint, ou envoi automatique manqué) : ${n}. Elles partiront aux prochains envois :`,
      toCheckTitle: 'À vérifier (envoi interrompu : le message est peut-être parti, il ne sera pas renvoyé) :',
      toCheckLine: (target: string, key: string) => `• ${target || key} (${key}) : vérifiez auprès du destinataire qu'il a bien reçu ce message ; PACTE ne le renverra pas.`,
      staffTitle: "Candidatures à examiner (des points que seule l'équipe peut trancher ; la candidate ou le candidat n'en est pas informé) :",
      staffLine: (id: string, problems: readonly string[]) => `• ${id} : ${problems.join(' ; ')}`,
      documentErrorsTitle: "Relances en attente de leur document (il n'a pas pu être créé ; voir l'onglet « Documents ») :",
      documentErrorLine: (who: string, key: string, detail: string) => `• ${who} — ${key}${detail ? ` : ${detail}` : ''}`,
      problemsTitle: 'Problèmes à corriger :',
      atRiskTitle: 'Apprenant·es à risque :',
      noneAtRisk: '• aucun·e',
      learnerLine: (name: string, id: string, state: string, reasons: readonly string[]) =>
        `• ${name} (${id}) — ${state}${reasons.length ? ` : ${reasons.join(' ; ')}` : ''}`,
    },
  },
  selection: selectionMessages,
  states: stateLabels,
  halfDays: halfDayLabels,
} as const;
