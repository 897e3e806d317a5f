import { frenchNumber } from '../../src/domain/french';

/** A value from a request, shown on one short line. */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, 100);

/** Every French sentence the playground shows (server console, page, sidebar shim). */
export const playgroundMessages = {
  listening: (url: string) => `Terrain de jeu PACTE : ${url}`,
  stopHint: 'Ctrl+C pour arrêter. Rien ici ne touche Google : un classeur simulé, une cohorte fictive.',
  startFailed: (why: string) => `Le terrain de jeu n'a pas pu démarrer : ${why}`,
  portInUse: (port: number) => `le port ${port} est déjà utilisé (essayez PORT=0 npm start, ou un autre PORT).`,
  missingBundle: "dist/Code.js est introuvable : lancez d'abord « npm run build ».",
  pageTitle: 'Cohorte PACTE — terrain de jeu',
  banner: 'Terrain de jeu local : une Google Sheet simulée avec une cohorte fictive. Rien n’est envoyé à Google.',
  download: 'Télécharger le classeur (.xlsx)',
  loading: 'Chargement du classeur…',
  ok: 'OK',
  close: 'Fermer',
  closeSidebar: 'Fermer le panneau',
  tabsLabel: 'Onglets du classeur',
  sidebarLabel: (title: string) => `Panneau latéral : ${title}`,
  dialogLabel: (title: string) => `Boîte de dialogue : ${title}`,
  running: (caption: string) => `Exécution du script : ${caption}…`,
  scriptFailed: (message: string) => `Erreur du script : ${message}`,
  networkFailed: 'Le terrain de jeu ne répond pas (serveur arrêté ?). Relancez « npm start » puis rechargez la page.',
  unknownFunction: (fn: string) => `« ${oneLine(fn)} » n'est pas une commande du menu PACTE.`,
  unknownServerFunction: (fn: string, known: readonly string[]) =>
    `Requête refusée : « ${oneLine(fn)} » n'est pas une fonction que les panneaux peuvent appeler (${known.join(', ')}).`,
  tooDeep: (max: number) => `Requête refusée : données imbriquées sur plus de ${max} niveaux.`,
  unexpectedFields: (keys: readonly string[]) =>
    `Requête refusée : champ${keys.length > 1 ? 's' : ''} inattendu${keys.length > 1 ? 's' : ''} ${keys.map((k) => `« ${oneLine(k)} »`).join(', ')}.`,
  badField: (field: string, why: string) => `Requête refusée : « ${field} » ${why}.`,
  expectedType: (field: string) =>
    field === 'fn' || field === 'functionName'
      ? 'doit être le nom de la fonction, en texte'
      : field === 'args'
        ? 'doit être la liste des arguments'
        : 'est invalide',
  tooLong: 'est trop long',
  badRequest: 'Requête refusée : JSON attendu.',
  tooLarge: 'Requête refusée : trop volumineuse.',
  badHost: 'Requête refusée : le terrain de jeu ne répond qu’à 127.0.0.1 et localhost.',
  badOrigin: 'Requête refusée : origine inconnue.',
  notFound: 'Page introuvable.',
  noSidebar: 'Ce panneau n’existe pas (ou plus).',
  serverError: 'Erreur interne du terrain de jeu.',
  emptyTab: '(onglet vide)',
  dialogButtons:
    'Question posée après une modification du classeur : le terrain de jeu ne peut pas la rejouer et y a répondu « Fermer », comme si vous aviez fermé la fenêtre.',
  unknownTab: (tab: string) => `L'onglet « ${oneLine(tab)} » n'existe pas (ou plus) : rechargez la page.`,
  outsideGrid: 'Cette cellule est hors de la grille de l’onglet.',
  badPort: (value: string) =>
    `PORT=${oneLine(value)} n'est pas un numéro de port : donnez un nombre entre 0 et 65535 (0 = un port libre au hasard), par exemple PORT=8080 npm start.`,
  yes: 'Oui',
  no: 'Non',
  cancel: 'Annuler',
  answerLabel: 'Votre réponse',
  newBlank: 'Nouveau classeur vide',
  newDemo: 'Cohorte de démonstration',
  demoChooser: 'Démonstration',
  demoOption: (label: string, today: string) => `${label} — ${today}`,
  unknownDemo: (id: string) => `Requête refusée : « ${oneLine(id)} » n'est pas une cohorte de démonstration.`,
  workbookReset: (blank: boolean, demo: string) =>
    blank
      ? 'Nouveau classeur vide : lancez PACTE › Initialiser la cohorte… pour créer les onglets.'
      : `Cohorte de démonstration « ${demo} » chargée.`,
  cellLabel: (ref: string) => `Cellule ${ref}`,
  cellBar: 'Contenu de la cellule',
  editHint: 'Flèches : se déplacer. Entrée ou F2 : modifier. Espace : cocher. Échap : annuler.',
  readOnlyHint: 'Lecture seule. Flèches : se déplacer. Onglets en bas.',
  gridLabel: (tab: string) => `Onglet ${tab}`,
  editFailed: (message: string) => `Modification refusée : ${message}`,
  linksLabel: 'Pages du terrain de jeu',
  dockLabel: 'Drive et envois',
  dockToggle: (name: string, n: number) => `${name} (${frenchNumber(n)})`,
  closeDock: 'Fermer le panneau Drive et envois',
  file: 'fichier',
  attachmentMeta: (type: string) => `Terrain de jeu — pièce jointe${type ? ` (${type})` : ''}, telle que le destinataire la reçoit.`,
  driveTitle: 'Drive (simulé)',
  driveShort: 'Drive',
  driveEmpty: 'Aucun fichier : PACTE › Documents… crée ici les dossiers, les Docs et leurs PDF.',
  driveRoot: '(racine)',
  driveFolder: 'Dossier',
  driveFileMeta: (kind: string) => `Terrain de jeu — ${kind} simulé, tel que PACTE l'a rempli.`,
  driveOpen: (name: string) => `Ouvrir ${name}`,
  /** The « National » view: the rehearsal of `pacte setup|deploy|report --simulation`. */
  national: {
    toggle: 'National',
    heading: 'National (simulation)',
    folder: (folder: string) => `Dossier de la simulation : ${folder}`,
    empty: (folder: string) =>
      `Aucune région simulée dans « ${folder} » pour l'instant. Lancez par exemple « npx pacte setup --simulation --region bretagne-2025 --promo "Promo 2026" » (une fois par région), puis « npx pacte deploy --simulation --all » et « npx pacte report --simulation » (voir le README, « Rehearse on a laptop »), puis rouvrez cette vue.`,
    headers: ['Région', 'Promo', 'Classeur', 'Dernier déploiement'] as const,
    regionsLabel: 'Régions simulées',
    never: 'jamais',
    open: (name: string) => `Ouvrir ${name} (lecture seule)`,
    totals: 'Total national (pacte report)',
    unreadable: (region: string, error: string) => `${region} illisible : ${error}`,
    readOnly: (name: string, region: string) => `Classeur simulé « ${name} » (${region}) — lecture seule.`,
    back: 'Revenir au classeur du terrain de jeu',
    unknownWorkbook: (id: string) => `Le classeur « ${oneLine(id)} » n'est pas dans la simulation (ou plus) : rouvrez la vue National.`,
    failed: (why: string) => `La simulation n'a pas pu être lue : ${oneLine(why)}`,
  },
  /** The « Envois » panel. */
  mailPanel: {
    heading: 'Envois',
    now: (now: string) => `Horloge simulée : ${now}`,
    nextDay: 'Jour suivant (déclenchement quotidien)',
    noTrigger: 'Aucun déclenchement quotidien installé : PACTE › Relances… › envoi automatique.',
    trigger: (owner: string, hour: number) => `Déclenchement quotidien vers ${hour} h, au nom de ${owner}.`,
    none: 'Aucun e-mail envoyé pour l’instant.',
    count: (n: number) => `${frenchNumber(n)} e-mail${n > 1 ? 's' : ''} envoyé${n > 1 ? 's' : ''}`,
    fired: (n: number) =>
      n === 0 ? 'Aucun déclenchement ce jour-là.' : `${n} déclenchement${n > 1 ? 's' : ''} exécuté${n > 1 ? 's' : ''}.`,
    from: (name: string, from: string) => `De : ${name ? `${name} <${from}>` : from}`,
    to: (to: string[]) => `À : ${to.join(', ')}`,
    replyTo: (r: string) => `Répondre à : ${r}`,
    failed: 'Le terrain de jeu ne répond pas.',
    cc: (cc: string[]) => `Cc : ${cc.join(', ')}`,
    attachments: (n: number) => `${n} pièce${n > 1 ? 's' : ''} jointe${n > 1 ? 's' : ''}`,
    unnamedAttachment: '(pièce jointe sans nom)',
    openAttachment: (name: string) => `Ouvrir la pièce jointe ${name}`,
    /** « 812 octets », « 12 Ko », « 1,4 Mo ». */
    size: (bytes: number) =>
      bytes < 1024
        ? `${bytes} octet${bytes > 1 ? 's' : ''}`
        : bytes < 1024 * 1024
          ? `${Math.round(bytes / 1024)} Ko`
          : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`,
  },
  /** An `.ics` attachment as a card (calendar-card.ts). */
  calendar: {
    label: 'Invitation au calendrier',
    cancelled: 'Annulation : l’événement est retiré du calendrier',
    untitled: '(sans titre)',
    location: (where: string) => `Lieu : ${where}`,
    /** « 20/11/2025, 14:30 – 15:00 »; an all-day event: its day. */
    when: (from: { day: string; time?: string }, to: { day: string; time?: string } | null) => {
      if (!from.time) return from.day;
      if (!to?.time) return `${from.day}, ${from.time}`;
      return to.day === from.day ? `${from.day}, ${from.time} – ${to.time}` : `${from.day} ${from.time} – ${to.day} ${to.time}`;
    },
  },
} as const;
