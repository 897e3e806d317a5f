/** What the Sheet says: the menu, access, the set-up, the attendance sidebar, the journal's actions. */
import { q } from '../french';

export const sheetMessages = {
  menuTitle: 'PACTE',
  menu: {
    init: 'Initialiser la cohorte…',
    checkCandidates: 'Vérifier les candidatures',
    eligibility: "Calculer l'éligibilité",
    attendance: 'Saisir les présences…',
    documents: 'Documents…',
    reminders: 'Relances…',
    selection: 'Sélection…',
    settings: 'Paramètres…',
  },
  access: {
    unknownUser:
      "Google ne communique pas votre adresse e-mail à PACTE : impossible de vérifier que vous faites partie de l'équipe. " +
      'Ouvrez le classeur avec votre compte professionnel (celui listé dans « Équipe », onglet « Paramètres ») puis réessayez, ' +
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
  seeControlColumn: (summary: string, letter: string) => `${summary} — détails dans la colonne ${letter} « Contrôle ».`,
  idsAssigned: (n: number) => `${n} identifiant${n > 1 ? 's' : ''} attribué${n > 1 ? 's' : ''}`,
  productionIdsAssigned: (n: number) =>
    `${n} identifiant${n > 1 ? 's' : ''} de production attribué${n > 1 ? 's' : ''} (onglet « Productions », colonne « ID »)`,
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
    promptMessage: (regions: readonly string[], refused?: string) =>
      `${refused === undefined ? '' : `${q(refused)} n'est pas une région proposée.\n\n`}Quelle région pour cette cohorte ?\n` +
      `Tapez son nom (majuscules et accents au choix) : ${regions.join(', ').replace(/, (?=[^,]*$)/, ' ou ')}.`,
    cancelled: 'Initialisation annulée : rien n’a été modifié.',
    nothingToDo: (profile: string) => `La cohorte est déjà initialisée (profil ${profile}) : rien à changer.`,
    doneTitle: 'Cohorte initialisée',
    done: (profile: string, changes: readonly string[], nextStep: string) =>
      `Cohorte initialisée avec le profil ${profile}.\n\n${changes.map((c) => `• ${c}`).join('\n')}\n\n${nextStep}`,
    nextStep: (missingSettings: readonly string[], hasApplicants: boolean) => {
      const then = hasApplicants ? 'lancez PACTE › Vérifier les candidatures' : 'saisissez les candidatures dans l’onglet « Candidatures »';
      return missingSettings.length
        ? `Prochaine étape : complétez ${missingSettings
            .map(q)
            .join(', ')
            .replace(/, (?=[^,]*$)/, ' et ')} dans l’onglet « Paramètres », puis ${then}.`
        : `Prochaine étape : ${then}.`;
    },
    tabsCreated: (tabs: readonly string[]) =>
      `onglet${tabs.length > 1 ? 's' : ''} créé${tabs.length > 1 ? 's' : ''} : ${tabs.map(q).join(', ')}`,
    headersAdded: (tab: string, headers: readonly string[]) =>
      `onglet ${q(tab)} : colonne${headers.length > 1 ? 's' : ''} ajoutée${headers.length > 1 ? 's' : ''} ${headers.map(q).join(', ')}`,
    settingsAdded: (keys: readonly string[]) =>
      `paramètre${keys.length > 1 ? 's' : ''} ajouté${keys.length > 1 ? 's' : ''} : ${keys.join(', ')}`,
    sessionsWritten: (n: number) => `${n} séance${n > 1 ? 's' : ''} du calendrier écrite${n > 1 ? 's' : ''} dans « Séances »`,
    remindersWritten: (n: number) =>
      `${n} règle${n > 1 ? 's' : ''} de relance par défaut écrite${n > 1 ? 's' : ''} dans « Relances » (modifiables)`,
    protectionsAdded: (n: number) => `${n} protection${n > 1 ? 's' : ''} (avertissement) sur les colonnes et onglets gérés par PACTE`,
    columnsFormatted: (n: number) => `cases à cocher, listes ou formats (date, texte) complétés sur ${n} colonne${n > 1 ? 's' : ''}`,
    frozen: (tabs: readonly string[]) => `ligne d'en-tête figée : ${tabs.map(q).join(', ')}`,
    blankSheetRemoved: (name: string) => `onglet vide ${q(name)} supprimé`,
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
    unknownSession: (id: string) =>
      `Séance inconnue : ${q(id)}. Rechargez la barre latérale : le calendrier (onglet « Séances ») a peut-être changé.`,
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
      'Videz la cellule ID de la ligne copiée, lancez PACTE › Vérifier les candidatures, puis rouvrez ce panneau pour saisir leur présence.',
  },
  journal: {
    attendance: 'Saisie des présences',
    init: 'Initialisation de la cohorte',
    checkCandidates: 'Vérification des candidatures',
    eligibility: "Calcul de l'éligibilité",
  },
} as const;
