/**
 * Text only the `pacte` command line shows (its help and its readable report), in French. Kept out
 * of src/domain/messages/ for the reason sidebar pages have their own messages.ts: that module is
 * bundled into Apps Script, which never shows these (and has a size budget). Messages shared with
 * the Sheet (errors, states, problems) stay in src/domain/messages/.
 */
export const cliMessages = {
  /** The readable report of `pacte check` (scripts/commands/report.ts). */
  report: {
    machineDate:
      '  (date de cet ordinateur ; pour juger à une autre date, ajoutez --today AAAA-MM-JJ : le classeur du terrain de jeu est daté du 15/01/2026, --today 2026-01-15)',
    candidateLine: (row: number, id: string, name: string, email: string, status: string) =>
      `  Ligne ${row}${id ? ` · ${id}` : ''} · ${name || '(sans nom)'}${email ? ` <${email}>` : ''} · Statut : ${status || '(vide)'}`,
    closedTitle: (n: number) => `Candidatures closes (${n}) — rien à compléter :`,
    cohortTitle: (n: number) => `  Pour toute la cohorte (les ${n} apprenant·es) :`,
    noAttendance: (session: string, n: number, halfDays: readonly string[]) =>
      `${session} : aucune présence saisie pour les ${n} apprenant·es (${halfDays.join(', ')})`,
    halfDays: (day: string, halves: readonly string[]) => `${day} ${halves.join(' et ')}`,
    everyone: (message: string, n: number) => `${message} — pour les ${n} apprenant·es`,
    onlyShared: ' (points communs à toute la cohorte ci-dessus)',
    defencesTitle: (n: number) => `Soutenances : ${n} problème${n > 1 ? 's' : ''} de planification`,
    planningTitle: (n: number) =>
      `Planification des soutenances : ${n} point${n > 1 ? 's' : ''} à corriger avant PACTE › Planifier les soutenances`,
    stepPlanning:
      "Corrigez l'onglet « Jury », les séances « Soutenances » de « Séances » ou « Mémoires » comme indiqué, puis relancez la vérification.",
    defenceLine: (id: string, name: string) => `  ${id}${name ? ` · ${name}` : ''}`,
    stepDefences:
      "Corrigez les soutenances listées : colonnes « Date de soutenance », « Heure » et « Jury » de l'onglet « Mémoires », ou l'onglet « Jury » (PACTE › Planifier les soutenances propose créneaux et jurys).",
    nextTitle: 'À faire ensuite :',
    nothingToDo: '  - Rien à compléter : tout est à jour à cette date.',
    stepCandidates: (n: number) =>
      `Complétez ${n > 1 ? `les ${n} candidatures` : 'la candidature'} à compléter dans l'onglet « Candidatures » (problèmes listés ci-dessus), puis lancez PACTE › Vérifier les candidatures.`,
    stepAttendance: 'Saisissez les présences des séances passées (PACTE › Saisir les présences…), puis PACTE › Calculer l’éligibilité.',
    stepLearners:
      'Pour chaque apprenant·e listé·e : saisissez les dépôts (onglets « Productions », « Mémoires »), les absences excusées et les résultats de soutenance.',
    stepRerun: (target: string, today: string | undefined) =>
      `Une fois le classeur mis à jour, téléchargez-le à nouveau et relancez : pacte check ${/\s/.test(target) ? `"${target}"` : target}${today ? ` --today ${today}` : ''}`,
  },
  /** Reading a downloaded .xlsx (scripts/workbook-file). */
  xlsx: {
    beyondLimits: (file: string, kind: 'cell' | 'row' | 'column', ref: string) =>
      `« ${file} » est un classeur endommagé : il désigne ${kind === 'cell' ? `la cellule ${ref}` : kind === 'row' ? `la ligne ${ref}` : `la colonne n° ${ref}`}, au-delà des limites d'Excel et de Google Sheets (colonne XFD, ligne 1 048 576). ` +
      'Téléchargez-le à nouveau depuis Google Sheets (Fichier › Télécharger › Microsoft Excel).',
  },
  /** The readable report of `pacte selection` (scripts/commands/selection.ts). */
  selection: {
    title: (file: string) => `Cohorte PACTE — sélection dans ${file}`,
    pipeline: (total: number, counts: string) => `Candidatures : ${total} ligne${total > 1 ? 's' : ''} — ${counts}`,
    byType: (counts: string) => `Par type de structure : ${counts}`,
    byDepartment: (counts: string) => `Par département : ${counts}`,
    count: (label: string, n: number) => `${label || '(vide)'} (${n})`,
    noProfile: "Complétude des dossiers non vérifiée : aucun profil (ni --profile, ni « Profil » dans l'onglet « Paramètres »).",
    candidatesTitle: (n: number) => `Candidats (${n}) :`,
    noCandidates: '  Aucune candidature avec un ID.',
    candidateLine: (id: string, name: string, structure: string, status: string) =>
      `  ${id} · ${name || '(sans nom)'}${structure ? ` (${structure})` : ''} · ${status}`,
    opinions: (favorable: number, reserved: number, unfavourable: number, note: string | null) =>
      `avis : ${favorable} favorable${favorable > 1 ? 's' : ''}, ${reserved} réservé${reserved > 1 ? 's' : ''}, ${unfavourable} défavorable${unfavourable > 1 ? 's' : ''}` +
      (note === null ? ', sans note' : ` · note moyenne ${note}/20`),
    noOpinion: 'aucun avis',
    slot: (slot: string, when: string) =>
      `entretien ${slot || '(créneau sans identifiant)'}${when ? ` le ${when}` : ' (date ou heure à corriger)'}`,
    when: (day: string, time: string) => `${day} à ${time}`,
    complete: 'dossier complet',
    incomplete: (n: number) => `dossier à compléter (${n} problème${n > 1 ? 's' : ''})`,
    details: (parts: readonly string[]) => `      ${parts.join(' · ')}`,
    slotsSummary: (total: number, free: number, waiting: number) =>
      `Entretiens : ${total} créneau${total > 1 ? 'x' : ''}, dont ${free} libre${free > 1 ? 's' : ''} ; ${waiting} candidat${waiting > 1 ? 's' : ''} « Entretien » sans créneau.`,
    problemsTitle: (n: number) => `Problèmes (${n}) :`,
    problem: (tab: string, row: number, message: string) => `  - ${tab}, ligne ${row} : ${message}`,
    noProblems: 'Aucun problème dans les onglets « Candidatures », « Avis » et « Entretiens ».',
    ehespHint: (n: number) => `Liste EHESP : ${n} candidat${n > 1 ? 's' : ''} « Retenu » (ajoutez --xlsx <fichier.xlsx> pour l'écrire).`,
    xlsxNotXlsx: (file: string) =>
      `Option --xlsx invalide : « ${file} ». Donnez un nom de fichier se terminant par .xlsx, par exemple liste-ehesp.xlsx.`,
    xlsxIsInput: (file: string) =>
      `Option --xlsx invalide : « ${file} » est le classeur lu ; choisissez un autre fichier pour la liste EHESP (par exemple liste-ehesp.xlsx).`,
    ehespWritten: (file: string, n: number) =>
      `Liste EHESP écrite dans ${file} : ${n} candidat${n > 1 ? 's' : ''} « Retenu », par ordre de nom.`,
  },
  /** Commander's help titles and default values, in French (scripts/cli.ts). */
  helpTitles: {
    'Usage:': 'Utilisation :',
    'Options:': 'Options :',
    'Commands:': 'Commandes :',
    'Arguments:': 'Arguments :',
    'Global Options:': 'Options générales :',
  },
  helpDefault: (description: string, value: string) => `${description} (par défaut : ${value})`,
  help: {
    program:
      'Cohorte PACTE : vérifier un classeur de cohorte téléchargé (check, relances, selection : sans accès à Google), et préparer, mettre à jour et consolider les classeurs des régions (setup, deploy, report : avec votre compte Google).',
    after:
      "\nExemples :\n  pacte check cohorte-pacte.xlsx --today 2026-01-15\n  pacte demo --size 40 --out demo\nAide d'une commande : pacte help <commande> (ou pacte <commande> --help)",
    check: "Vérifier les candidatures et l'éligibilité au diplôme d'un classeur (.xlsx ou dossier de .csv).",
    relances: "Lister les relances dues ce jour-là, exactement ce que l'envoi quotidien enverrait, sans rien envoyer.",
    checkTarget: 'fichier .xlsx ou dossier contenant un .csv par onglet',
    profile: (presets: readonly string[]) =>
      `profil régional : ${presets.join(', ')}, ou un fichier .json de profil (par défaut : le profil écrit dans l'onglet Paramètres)`,
    today: "date à laquelle juger retards et manques (par défaut : aujourd'hui, heure de Paris)",
    json: 'sortie JSON (un seul document sur la sortie standard)',
    selection:
      "Suivre la sélection d'un classeur (.xlsx ou dossier de .csv) : candidatures par statut, avis du COPIL, créneaux d'entretien ; avec --xlsx, écrire la liste à faire valider par l'EHESP.",
    xlsx: 'écrire la liste EHESP (candidats « Retenu ») dans ce fichier .xlsx',
    selectionProfile: (presets: readonly string[]) =>
      `profil régional pour vérifier la complétude des dossiers : ${presets.join(', ')}, ou un fichier .json (par défaut : le profil de l'onglet Paramètres, s'il y en a un)`,
    demo: 'Écrire une cohorte de démonstration (personnes fictives) et la vérifier.',
    size: 'nombre de candidatures (1 à 50000)',
    out: "dossier où écrire cohorte-demo.xlsx (créé s'il n'existe pas)",
    version: 'afficher la version',
    help: "afficher l'aide",
    helpCommand: "Afficher l'aide de pacte, ou celle d'une commande (pacte help check).",
    helpTarget: "la commande dont afficher l'aide",
  },
};
