/**
 * Everything a user reads, in French, in one place. Code elsewhere never spells a French sentence.
 */
import type { LearnerState } from './codes';

const q = (s: string) => `« ${s} »`;

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
      `${column} : date illisible ${q(text)}, écrivez-la JJ/MM/AAAA`,
    missingPiece: (column: string) => pieceMissing[column] ?? `${column} manquant(e)`,
    healthProjectNotValidated: 'Projet de santé validé par l\'ARS non coché : requis pour une MSP',
    federationMembership: 'Structure non adhérente à la fédération ou cotisation non à jour',
    engagementCommitmentMissing: 'Engagement de l\'équipe au T0 et à la journée PACTE+ non coché',
    notInTeam: 'Ni « En équipe » ni « Dérogation » coché : le ou la candidate doit être en équipe ou avoir une dérogation',
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
    noCsvInFolder: (dir: string) => `Le dossier ${q(dir)} ne contient aucun fichier .csv : téléchargez chaque onglet au format CSV dans ce dossier.`,
    badToday: (value: string) => `Option --today invalide : ${q(value)}. Écrivez la date AAAA-MM-JJ, par exemple 2026-01-15.`,
    missingPath: 'Indiquez le classeur à vérifier : pacte check <classeur.xlsx | dossier de .csv>.',
    unknownOption: (option: string) => `Option inconnue : ${option}. Options : --profile, --today, --json (voir pacte check --help).`,
    missingOptionValue: (option: string) => `L'option ${option} attend une valeur.`,
    tooManyArguments: 'Un seul classeur à la fois : pacte check <classeur.xlsx | dossier de .csv>.',
    unknownCommand: (name: string) => `Commande inconnue : ${q(name)}. Commandes : check, demo (voir pacte --help).`,
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
  },
  login: {
    badClient: (file: string) =>
      `${q(file)} n'est pas un identifiant client OAuth « Application de bureau » : dans Google Cloud (API et services › Identifiants), créez-en un de ce type et téléchargez son JSON.`,
    noClient: "Indiquez l'identifiant client OAuth de la fédération : pacte login --client client_secret.json (voir le README, « Set up a real federation »).",
    openBrowser: (url: string) => `Ouvrez cette adresse dans votre navigateur pour autoriser PACTE :\n${url}`,
    waiting: 'En attente de votre autorisation dans le navigateur… (Ctrl+C pour annuler)',
    browserDone: 'Autorisation reçue : vous pouvez fermer cet onglet et revenir au terminal.',
    browserRefused: "Autorisation refusée ou incomplète : revenez au terminal et relancez pacte login.",
    refused: (reason: string) => `Google n'a pas donné l'autorisation (${reason}) : relancez pacte login et acceptez toutes les autorisations demandées.`,
    noRefreshToken: "Google n'a pas donné de jeton durable : retirez l'accès de PACTE sur https://myaccount.google.com/permissions puis relancez pacte login.",
    loggedIn: (file: string) => `Connecté·e. Jetons enregistrés dans ${file} (lisible par vous seul·e).`,
    loggedOut: (file: string) => `Déconnecté·e : ${file} supprimé.`,
    notLoggedIn: "Aucune connexion enregistrée : rien à faire.",
    badStore: (file: string) => `${q(file)} est illisible : lancez pacte logout puis pacte login.`,
    missingScope:
      "Il manque une autorisation à votre connexion Google (Sheets, Drive ou Apps Script) : lancez pacte logout, puis pacte login, et cochez toutes les cases demandées.",
    expired:
      "Votre connexion Google a expiré ou a été révoquée (les applications « en test » l'expirent après 7 jours) : lancez pacte login puis relancez la commande.",
  },
  deploy: {
    noRegion: "Indiquez quoi déployer : --region <région> ou --all.",
    bothTargets: 'Choisissez --region <région> ou --all, pas les deux.',
    unknownRegion: (region: string, known: readonly string[]) =>
      `Région ${q(region)} absente du manifeste${known.length ? ` (régions : ${known.join(', ')})` : ''} : lancez d'abord pacte setup --region ${region}.`,
    noScript: (region: string) => `La région ${region} n'a pas encore de script lié : relancez pacte setup pour elle.`,
    empty: (file: string) => `Le manifeste ${q(file)} ne contient aucune région : lancez d'abord pacte setup.`,
    building: 'Construction du module complémentaire…',
    progress: (done: number, total: number, region: string) =>
      `[${'#'.repeat(done)}${'-'.repeat(total - done)}] ${done}/${total} ${region}`,
    tableHeader: 'Région           | Résultat',
    ok: 'déployé',
    failed: (region: string, detail: string) => `${region} : ${detail}`,
    summary: (ok: number, failed: readonly string[]) =>
      failed.length
        ? `${ok} région${ok > 1 ? 's' : ''} déployée${ok > 1 ? 's' : ''}, échec pour : ${failed.join(', ')}. Corrigez puis relancez pacte deploy --region <région> pour chacune.`
        : `${ok} région${ok > 1 ? 's' : ''} déployée${ok > 1 ? 's' : ''}.`,
  },
  nationalReport: {
    title: (today: string, regions: number) => `Cohorte PACTE — rapport national au ${today} (${regions} région${regions > 1 ? 's' : ''} lue${regions > 1 ? 's' : ''})`,
    region: (id: string, promo: string) => `${id} · ${promo}`,
    applicants: (total: number, byStatus: string) => `  Candidatures : ${total}${byStatus ? ` — ${byStatus}` : ''}`,
    files: (complete: number, incomplete: number) => `  Dossiers : ${complete} complet${complete > 1 ? 's' : ''}, ${incomplete} incomplet${incomplete > 1 ? 's' : ''}`,
    learners: (total: number, counts: string) => `  Apprenant·es : ${total}${counts ? ` — ${counts}` : ''}`,
    reasons: (list: string) => `  Motifs les plus fréquents : ${list}`,
    national: 'Total national',
    unreadableTitle: 'Régions illisibles (non comptées) :',
    unreadable: (id: string, detail: string) => `  ${id} : ${detail}`,
    noRegionRead: "Aucune région n'a pu être lue : voir les erreurs ci-dessus.",
    xlsxWritten: (file: string) => `Rapport national écrit dans ${file}`,
    xlsxTab: 'Rapport national',
    xlsxHeaders: ['Région', 'Promo', 'Candidatures', 'Dossiers complets', 'Dossiers incomplets', 'Apprenant·es', 'Non éligibles', 'À risque', 'En cours', 'Éligibles', 'Motifs les plus fréquents', 'Erreur'],
  },
  setup: {
    missingRegion: (presets: readonly string[]) => `Indiquez la région : --region <profil>, l'un de : ${presets.join(', ')}.`,
    badRegion: (value: string, presets: readonly string[]) => `Région inconnue : ${q(value)}. Choisissez l'un des profils : ${presets.join(', ')}.`,
    badPromo: 'Indiquez le nom de la promotion : --promo "Promo 2026".',
    badShare: (value: string) => `Adresse invalide dans --share : ${q(value)}. Séparez les adresses par des virgules : --share a@exemple.fr,b@exemple.fr.`,
    badFolder: (value: string) => `Dossier Drive invalide : ${q(value)}. Donnez l'identifiant ou l'adresse du dossier (https://drive.google.com/drive/folders/…).`,
    badManifest: (file: string, detail: string) => `Le manifeste ${q(file)} est illisible (${detail}) : corrigez-le ou indiquez-en un autre avec --manifest.`,
    noBuild: (dir: string) => `Le module complémentaire n'est pas construit (${q(dir)} introuvable) : lancez npm run build, puis relancez.`,
    noLogin: 'Vous n\'êtes pas connecté·e à Google : lancez pacte login, puis relancez.',
    scriptApiOff:
      "L'API Apps Script est désactivée pour votre compte : ouvrez https://script.google.com/home/usersettings, activez « API Google Apps Script », attendez quelques minutes puis relancez (rien n'est créé deux fois).",
    apiFailed: (step: string, detail: string) => `Échec pendant « ${step} » : ${detail}. Relancez la même commande : ce qui est déjà fait est réutilisé.`,
    dryRunTitle: (region: string, promo: string) => `Simulation (--dry-run) : rien n'est envoyé à Google. Pour la région ${region}, ${q(promo)} :`,
    dryRunSteps: (requests: number, share: readonly string[]) => [
      '  1. Chercher le classeur par ses propriétés Drive (région, promo) ; le créer s\'il n\'existe pas.',
      `  2. Compléter le classeur en une seule requête Sheets (${requests} modifications sur un classeur vide).`,
      '  3. Créer le script lié au classeur et y envoyer le module complémentaire (dist/).',
      share.length ? `  4. Partager en modification avec : ${share.join(', ')}.` : '  4. Aucun partage demandé (--share).',
      '  5. Écrire la région dans le manifeste.',
    ],
    progress: {
      find: 'Recherche du classeur',
      create: 'Création du classeur',
      read: 'Lecture du classeur',
      update: 'Mise à jour du classeur',
      script: 'Script lié au classeur',
      upload: 'Envoi du module complémentaire',
      share: 'Partage',
      manifest: 'Manifeste',
    },
    done: (region: string, url: string, created: boolean, changes: number, shared: number) =>
      `Région ${region} : classeur ${created ? 'créé' : 'déjà présent'}, ${changes ? `${changes} modification${changes > 1 ? 's' : ''} appliquée${changes > 1 ? 's' : ''}` : 'rien à compléter'}` +
      `${shared ? `, partagé avec ${shared} personne${shared > 1 ? 's' : ''} de plus` : ''}.\nOuvrir le classeur : ${url}`,
  },
  sheet: {
    menuTitle: 'PACTE',
    menu: {
      init: 'Initialiser la cohorte…',
      checkCandidates: 'Vérifier les candidatures',
      eligibility: "Calculer l'éligibilité",
      attendance: 'Saisir les présences…',
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
  states: stateLabels,
  halfDays: halfDayLabels,
} as const;
